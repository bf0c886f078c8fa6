/**
 * What the generator says about each topic of data/topics.json, in the administration's own
 * vocabulary: agenda titles, presenters' statements, the council's standing concerns (definite
 * noun phrases that fit "Rådet lyfter frågan om …") and matters a follow-up can promise news on.
 * Statements avoid the follow-up phrases ("återkommer", "sänds ut", "följs upp") so that every
 * follow-up in a generated file is a planted one.
 */
export interface TopicTexts {
  titles: readonly string[];
  facts: readonly string[];
  concerns: readonly string[];
  matters: readonly string[];
}

export const TOPIC_TEXTS: Readonly<Record<string, TopicTexts>> = {
  'nara-vard': {
    titles: ['Omställningen till god och nära vård', 'Nära vård i Stockholms län', 'Lägesbild nära vård'],
    facts: [
      'Omställningen till nära vård innebär att primärvården blir navet och att mer vård ges nära invånaren.',
      'Arbetet med god och nära vård bedrivs i flera delprojekt där kommunerna deltar i styrgruppen.',
      'Närvården ska byggas ut stegvis och de första effekterna förväntas synas under nästa planperiod.',
      'En närakut har öppnat i den norra länsdelen och besöken har ökat stadigt sedan starten.',
      'Myndigheten för vårdanalys har utvärderat omställningen till nära vård och pekar på stora regionala skillnader.',
      'Den nära vården ska enligt planen bygga på kontinuitet och fast vårdkontakt för patienter med stora behov.',
    ],
    concerns: [
      'omställningen till nära vård för de mest sjuka äldre',
      'tempot i omställningen till god och nära vård',
      'samordningen av den nära vården mellan vårdgivarna',
    ],
    matters: [
      'utvärderingen av omställningen till nära vård',
      'planen för närakuter i södra länsdelen',
      'uppföljningen av fast vårdkontakt inom nära vård',
    ],
  },
  vardplatser: {
    titles: ['Vårdplatsläget i regionen', 'Status slutenvårdsplatser', 'Vårdplatsplan och beläggning'],
    facts: [
      'Antalet disponibla vårdplatser har ökat något jämfört med samma period föregående år.',
      'Beläggningen på akutsjukhusen ligger fortsatt över målnivån och överbeläggningar förekommer dagligen.',
      'Vårdplatsplanen bygger på en prognos av antalet vårddygn per tusen invånare fram till 2030.',
      'Slutenvården har svårt att hålla alla platser öppna under sommarmånaderna på grund av bemanningsläget.',
      'Det finns fysiska vårdplatser som står tomma eftersom personal saknas för att bemanna dem.',
      'Utskrivningsklara patienter blir kvar på slutenvårdsplatser i väntan på insatser från kommunen.',
    ],
    concerns: [
      'bristen på slutenvårdsplatser under sommaren',
      'överbeläggningarna på akutsjukhusen',
      'antalet utskrivningsklara patienter som blir kvar på sjukhus',
    ],
    matters: [
      'vårdplatsplanen för sommarperioden',
      'prognosen för antalet vårddygn per invånare',
      'statistiken över överbeläggningar per sjukhus',
    ],
  },
  'vard-i-hemmet': {
    titles: ['Sammanhållen vård i hemmet', 'Avancerad sjukvård i hemmet (ASIH)', 'Översyn av hemsjukvården'],
    facts: [
      'Avancerad sjukvård i hemmet har byggts ut och omkring tretusen patienter är inskrivna i ASIH idag.',
      'Hemsjukvården på kvällar, nätter och helger drivs i de flesta fall av vårdcentral eller vårdvalsaktör.',
      'Hospital at home prövas i liten skala vid två akutsjukhus och utvärderas under året.',
      'Patienter med andningsstöd i hemmet vårdas av personliga assistenter på delegation från sjukhuset.',
      'Gränsdragningen mellan egenvård och hälso- och sjukvård i hemmet behöver förtydligas i avtalen.',
      'Vården i hemmiljö kräver nära samverkan med hemtjänsten och de kommunala sjuksköterskorna.',
    ],
    concerns: [
      'tryggheten för patienter som vårdas i hemmet',
      'kapaciteten i avancerad sjukvård i hemmet',
      'ansvaret för hemsjukvården nattetid',
    ],
    matters: [
      'översynen av vården för patienter med andningsstöd i hemmet',
      'utbyggnaden av ASIH-platser i ytterområdena',
      'avtalet om hemsjukvård på kvällar och helger',
    ],
  },
  kompetensforsorjning: {
    titles: ['Kompetensförsörjning i hälso- och sjukvården', 'Bemanning och rekrytering', 'Arbetsmiljö och kompetensförsörjning'],
    facts: [
      'Bristen på specialistsjuksköterskor är den största utmaningen i kompetensförsörjningen just nu.',
      'Rekryteringen av undersköterskor har gått bättre under året tack vare nya utbildningsplatser.',
      'Bemanningen styrs ofta av den minst bemannade tiden på dygnet, vilket avgör hur många platser som kan hållas öppna.',
      'Scheman och arbetsmiljö ses över för att öka attraktiviteten i vårdyrket.',
      'Hyrpersonal används fortfarande i flera verksamheter trots målet att fasa ut inhyrning helt.',
      'Arbetssituationen i vården har förändrats med fler system och mer administration per patient.',
    ],
    concerns: ['personalbristen inom äldrevården', 'arbetsmiljön för undersköterskor och sjuksköterskor', 'beroendet av hyrpersonal'],
    matters: [
      'handlingsplanen för kompetensförsörjning',
      'kartläggningen av bemanningen nattetid',
      'utfallet av satsningen på utbildningsplatser',
    ],
  },
  vardval: {
    titles: ['Omställningsplan vårdval', 'Förändringar i vårdvalen', 'Översyn av avtalsformer'],
    facts: [
      'Efter översynen av ett fyrtiotal vårdval föreslås flera få ändrad avtalsform under de kommande åren.',
      'Majoriteten av vårdvalen fungerar väl, men inom några områden har valfriheten inte gett önskad effekt.',
      'Upphandling ersätter vårdval inom vissa specialiteter där antalet vårdgivare blivit för stort.',
      'Ersättningsmodellen i vårdvalen ska i högre grad styra mot patienter med störst behov.',
      'Vårdval husläkarmottagning undantas från översynen eftersom det regleras i lag.',
      'Förvaltningen följer effekterna av de ändrade avtalsformerna tillsammans med vårdvalsaktörerna.',
    ],
    concerns: [
      'valfriheten för patienterna när vårdval upphör',
      'effekterna av omställningsplanen för vårdval',
      'kontinuiteten när vårdvalsaktörer byts ut',
    ],
    matters: [
      'listan över vårdval som får ändrad avtalsform',
      'utvärderingen av ersättningsmodellen i vårdvalen',
      'effekterna av omställningsplanen för vårdval',
    ],
  },
  'malbild-hs2040': {
    titles: ['Målbild och strategisk plan HS2040', 'Återkoppling om målbildsarbetet', 'Strategisk plan för hälso- och sjukvården 2040'],
    facts: [
      'Målbilden för hälso- och sjukvården 2040 tas fram i dialog med vårdgivare, fackliga organisationer och patientföreträdare.',
      'Den strategiska planen delas upp i fem fokusområden som ska styra budget och verksamhetsplaner.',
      'Målbilden är tänkt som en inriktning snarare än en detaljerad framtidsplan.',
      'En målbildsworkshop hålls under våren där rådets representanter är inbjudna att medverka.',
      'Alla planer och dokument som revideras ska förhålla sig till HS2040.',
      'Långtidsutredningen 2040 är ett viktigt kunskapsunderlag för visionen och fokusområdena.',
    ],
    concerns: [
      'hur målbilden HS2040 ska få genomslag i verksamheterna',
      'formuleringarna om delaktighet i den strategiska planen',
      'uppföljningen av fokusområdena i HS2040',
    ],
    matters: [
      'remissversionen av den strategiska planen HS2040',
      'resultatet från målbildsworkshopen',
      'tidplanen för beslut om målbilden HS2040',
    ],
  },
  prehospital: {
    titles: ['Prehospital framtidsplan', 'Ambulanssjukvården', 'Prioriterings- och dirigeringstjänsten'],
    facts: [
      'Belastningen på ambulanssjukvården ökar över dagen och är som störst under eftermiddag och kväll.',
      'Under hösten kommer två akutläkarbilar och två jourläkarbilar att vara i tjänst dygnet runt.',
      'Prioriterings- och dirigeringstjänsten (PoD) ska arbeta närmare 1177 för att styra patienter rätt.',
      'Läkaren på larmcentralen bedömer om en jourläkarbil ska skickas eller om ärendet kan lösas per telefon.',
      'Sjukresorna fungerar överlag bra enligt den senaste patientenkäten.',
      'En elrullstol kan inte följa med i ambulansen, men transport kan samordnas så att ett annat fordon hämtar den.',
    ],
    concerns: [
      'väntetiden på ambulans i ytterkommunerna',
      'transporten av elrullstolar vid ambulansresor',
      'tillgången till läkarbilar nattetid',
    ],
    matters: [
      'statistiken över ambulansernas responstider',
      'lösningen för transport av elrullstolar',
      'utvärderingen av jourläkarbilarna',
    ],
  },
  '1177': {
    titles: ['Vårdguiden 1177 på telefon', 'Sjukvårdsrådgivningen 1177', 'Tillgängligheten till 1177'],
    facts: [
      'Sjukvårdsrådgivningen på 1177 besvarar omkring sex tusen samtal per dygn.',
      'Telefonkön till 1177 har kortats sedan uppringningstjänsten infördes.',
      'Sjuksköterskorna på 1177 kan numera boka tid direkt på vårdcentral.',
      'Rådgivningen via 1177 kompletteras med chatt och videosamtal för vissa patientgrupper.',
      'En läkare finns tillgänglig dygnet runt för rådgivning och stöd till sjuksköterskorna på 1177.',
      'Väntetiderna på 1177 varierar kraftigt över dygnet och är längst på måndagsförmiddagar.',
    ],
    concerns: [
      'väntetiderna i telefonkön till 1177',
      'möjligheten att tala med läkare via 1177',
      'tillgängligheten till 1177 för den som inte använder digitala tjänster',
    ],
    matters: [
      'mätningen av väntetider till 1177',
      'införandet av uppringning i telefonkön till 1177',
      'utvärderingen av läkarstödet på 1177',
    ],
  },
  beredskap: {
    titles: ['Civil beredskap i hälso- och sjukvården', 'Regionens krisberedskap', 'Beredskap och totalförsvar'],
    facts: [
      'Tydligare krav på IVA-kapacitet kommer att ställas som en del av den civila beredskapen.',
      'Hälso- och sjukvården ska kunna stötta totalförsvaret och regionen planerar för förmåga vid höjd beredskap.',
      'Lagren av läkemedel och förbrukningsmaterial byggs upp enligt den nationella planen för försörjningsberedskap.',
      'Övningar i krisberedskap genomförs på samtliga akutsjukhus under året.',
      'NATO-medlemskapet innebär nya krav på sjukvårdens förmåga att ta emot skadade.',
      'Beredskapen förutsätter att politiken avsätter medel för lager och övningar.',
    ],
    concerns: [
      'hur äldre nås av information vid en kris',
      'beredskapen för långvariga strömavbrott i hemsjukvården',
      'läkemedelsförsörjningen vid höjd beredskap',
    ],
    matters: [
      'planen för läkemedelslager vid kris',
      'utfallet av beredskapsövningen på akutsjukhusen',
      'informationen till äldre om krisberedskap',
    ],
  },
  ekonomi: {
    titles: ['Ekonomiskt läge och budget', 'Statliga sektorsbidrag', 'Delårsrapport och budgetuppdrag'],
    facts: [
      'Statsbidragen för året är ettåriga och ska därför inte användas till satsningar som kräver långsiktig finansiering.',
      'Underskotten i hälso- och sjukvårdsnämnden har flera förklaringar, bland annat inflation och nya kostsamma läkemedel.',
      'Budgeten för nästa år innehåller ett effektiviseringskrav på samtliga verksamheter.',
      'Kostnaden för hyrpersonal har minskat men ligger fortfarande över budget.',
      'Budgetuppdraget innebär att förvaltningen ska arbeta för en mer kostnadseffektiv vård.',
      'Medlen från sektorsbidragen fördelas av regionledningskontoret till nämnder och vårdgivare.',
    ],
    concerns: ['underskotten i hälso- och sjukvården', 'hur effektiviseringskraven påverkar patienterna', 'fördelningen av statsbidragen'],
    matters: [
      'fördelningen av de statliga sektorsbidragen',
      'delårsrapportens prognos för underskottet',
      'konsekvenserna av effektiviseringskravet',
    ],
  },
  vaccination: {
    titles: ['Äldrevaccinationsprogrammet', 'Vaccination mot influensa och covid-19', 'Motion om vaccinationsprogram'],
    facts: [
      'Säsongens vaccination mot influensa startar i oktober för personer över 65 år.',
      'Det nationella äldrevaccinationsprogrammet omfattar vaccin mot pneumokocker för alla som fyller 65.',
      'Vaccinationstäckningen bland de äldsta har ökat jämfört med föregående säsong.',
      'Vaccination erbjuds på vårdcentraler och hos vaccinationsaktörer på avtal.',
      'Influensavaccin och vaccin mot covid-19 kan ges vid samma besök.',
      'Yttrandet över motionen om äldrevaccinationsprogram bereds av förvaltningen.',
    ],
    concerns: [
      'vaccinationstäckningen på särskilda boenden',
      'informationen om äldrevaccinationsprogrammet',
      'avgifterna för vaccination av äldre',
    ],
    matters: [
      'yttrandet över motionen om äldrevaccinationsprogram',
      'statistiken över vaccinationstäckning per kommun',
      'planen för vaccinationsstart på särskilda boenden',
    ],
  },
  kommunsamverkan: {
    titles: ['Samverkan med kommunerna', 'Överenskommelse om hemsjukvård med kommunerna', 'Samverkan inom Storsthlm'],
    facts: [
      'Överenskommelsen med kommunerna om hemsjukvård ska förnyas och arbetet sker genom Storsthlm.',
      'Kommunerna och regionen har tagit fram gemensamma rutiner för utskrivning från slutenvården.',
      'Samverkan med kommunerna sker i länsgemensamma grupper för äldre med omfattande vårdbehov.',
      'Kommunsamverkan kring läkarmedverkan på särskilda boenden har utvärderats under året.',
      'Kommunerna efterfrågar tydligare ansvarsfördelning i den gemensamma vårdplaneringen.',
      'En ny samverkansöverenskommelse ska gälla från årsskiftet.',
    ],
    concerns: [
      'samarbetet med kommunerna kring utskrivning',
      'ansvarsfördelningen mellan region och kommun',
      'läkarmedverkan på särskilda boenden',
    ],
    matters: [
      'den nya överenskommelsen med kommunerna',
      'rutinerna för samordnad utskrivning',
      'utvärderingen av läkarmedverkan på särskilda boenden',
    ],
  },
  anhoriga: {
    titles: ['Stöd till anhöriga', 'Anhörigas roll i vården', 'Närståendes delaktighet'],
    facts: [
      'Anhöriga tar i praktiken ett stort ansvar för kroniskt sjuka, vilket behöver synas i planeringen.',
      'Anhörigstöd erbjuds både av kommunerna och av regionens verksamheter.',
      'Närstående ska kunna vara delaktiga i vårdplaneringen om patienten samtycker.',
      'En informationsinsats riktad till anhöriga planeras tillsammans med kommunerna.',
      'Anhöriga som vårdar en närstående i hemmet löper risk för egen ohälsa.',
      'Förvaltningen har kartlagt hur anhöriga involveras vid utskrivning från sjukhus.',
    ],
    concerns: ['stödet till anhöriga som vårdar i hemmet', 'anhörigas delaktighet vid utskrivning', 'informationen till närstående'],
    matters: ['kartläggningen av anhörigas delaktighet', 'informationsinsatsen till anhöriga', 'riktlinjen för närståendes delaktighet'],
  },
  digitalisering: {
    titles: ['Digitalisering och nytt journalsystem', 'Digitala vårdtjänster', 'Införandet av huvudjournalsystemet'],
    facts: [
      'Det nya huvudjournalsystemet införs stegvis och de första verksamheterna går över under hösten.',
      'En samlad vårdinformationsmiljö ska göra det möjligt att dela information med kommunerna.',
      'Digitala vårdbesök har ökat, men flertalet äldre patienter föredrar fysiska besök.',
      'Kallelser ska kunna ses på ett och samma ställe i 1177:s e-tjänster.',
      'Informationshanteringen i flera parallella system tar mycket tid från vårdpersonalen.',
      'Digitaliseringen ska inte leda till att den som saknar digital vana får sämre tillgång till vård.',
    ],
    concerns: ['de äldre som saknar digital vana', 'driftsäkerheten i det nya journalsystemet', 'möjligheten att få kallelser på papper'],
    matters: [
      'tidplanen för införandet av huvudjournalsystemet',
      'lösningen för kallelser på papper',
      'stödet till patienter utan digital vana',
    ],
  },
  akutsjukvard: {
    titles: ['Läget på akutmottagningarna', 'Akutsjukvården och de akuta flödena', 'Akutsjukhusens uppdrag'],
    facts: [
      'Situationen vid akutmottagningarna avgör i hög grad om vårdplatskapaciteten räcker.',
      'Vistelsetiden på akutmottagningen är längst för patienter över 80 år.',
      'Akutsjukhusens öppenvårdsuppdrag utökas för att avlasta de akuta flödena.',
      'En geriatrisk akutmottagning har öppnat vid ett av akutsjukhusen.',
      'Patienter som kan tas om hand på närakut ska styras dit i stället för till akutsjukhus.',
      'De akuta flödena har förbättrats sedan en ny triagemodell infördes.',
    ],
    concerns: ['väntetiderna på akutmottagningarna för äldre', 'vistelsetiden för multisjuka på akuten', 'de akuta flödena under helger'],
    matters: [
      'mätningen av vistelsetider på akutmottagningarna',
      'utvärderingen av den geriatriska akutmottagningen',
      'åtgärderna för de akuta flödena under helger',
    ],
  },
  tillganglighet: {
    titles: ['Tillgänglighet och vårdköer', 'Väntetider i vården', 'Vårdgarantin och tillgängligheten'],
    facts: [
      'Andelen patienter som får första besök inom vårdgarantin har minskat något under året.',
      'Vårdköerna är längst inom ortopedi, ögonsjukvård och hörselvård.',
      'Produktionen har ökat, men behovet tycks öka i högre takt.',
      'Förvaltningen följer tillgängligheten månadsvis och redovisar den på bevakningslistan.',
      'Väntetiderna till operation har kortats inom flera specialiteter.',
      'Vårdgarantin uppfylls i högre grad i primärvården än i den specialiserade vården.',
    ],
    concerns: [
      'vårdköerna inom ögonsjukvården',
      'väntetiderna till specialistvård',
      'tillgängligheten för patienter med hörselnedsättning',
    ],
    matters: [
      'väntetidsstatistiken för ortopedi',
      'åtgärdsplanen för vårdköerna inom ögonsjukvården',
      'redovisningen av vårdgarantin per specialitet',
    ],
  },
  patientsakerhet: {
    titles: ['Patientsäkerhetsberättelsen', 'Patientsäkerhet vid delegering', 'Avvikelser och patientsäkerhet'],
    facts: [
      'Patientsäkerhetsberättelsen visar att läkemedelsavvikelser fortfarande är den vanligaste avvikelsetypen.',
      'Delegering av sjukvårdande insatser kräver utbildning och regelbunden uppföljning av kompetensen.',
      'Fallskador bland äldre patienter har minskat efter ett förebyggande arbete på vårdavdelningarna.',
      'Driftformen med assistans på delegation uppfyller inte kraven på god patientsäkerhet.',
      'Antalet anmälningar enligt lex Maria ligger på samma nivå som föregående år.',
      'Trygghet och kontinuitet lyfts av patienterna som det viktigaste i patientenkäten.',
    ],
    concerns: [
      'läkemedelsavvikelserna för äldre patienter',
      'tryggheten vid delegering till personliga assistenter',
      'fallskadorna på vårdavdelningarna',
    ],
    matters: ['patientsäkerhetsberättelsen för året', 'granskningen av delegeringsrutinerna', 'analysen av läkemedelsavvikelserna'],
  },
  primarvard: {
    titles: ['Primärvården och vårdcentralerna', 'Primärvårdens uppdrag', 'Fast läkarkontakt i primärvården'],
    facts: [
      'Vårdcentralerna har fått ett utökat uppdrag för patienter med kroniska sjukdomar.',
      'Andelen listade patienter med fast läkarkontakt har ökat något under året.',
      'Primärvårdsnämnden har beslutat om ett nytt uppdrag för husläkarmottagningarna.',
      'Tillgången till vårdcentral skiljer sig mellan länets kommuner.',
      'Primärvården ska bli den naturliga aktören för hemsjukvård på längre sikt.',
      'Husläkarmottagningarna erbjuder hälsosamtal till alla som fyller 75 år.',
    ],
    concerns: [
      'bristen på fast läkarkontakt på vårdcentralerna',
      'tillgången till vårdcentral i glesbygden',
      'kontinuiteten i primärvården för multisjuka',
    ],
    matters: [
      'primärvårdens nya uppdrag för kroniskt sjuka',
      'statistiken över fast läkarkontakt',
      'uppdraget om hälsosamtal för 75-åringar',
    ],
  },
  aldre: {
    titles: ['Vård av äldre', 'Beställarplan för vård av äldre', 'Geriatrik och äldres hälsa'],
    facts: [
      'Beställarplanen för vård av äldre lägger tonvikt på äldre med omfattande vårdbehov.',
      'Geriatriken ska stärkas med fler geriatriska team som kan göra hembesök.',
      'Andelen äldre över 80 år ökar snabbt i länet de närmaste tio åren.',
      'Äldre med många läkemedel ska erbjudas en läkemedelsgenomgång varje år.',
      'De äldsta patienterna har ofta flera kroniska sjukdomar och många vårdkontakter.',
      'Medellivslängden ökar och därmed behovet av samordnad vård för kroniker.',
    ],
    concerns: ['vården av de äldsta med flera kroniska sjukdomar', 'läkemedelsgenomgångarna för äldre', 'ensamheten bland äldre patienter'],
    matters: ['beställarplanen för vård av äldre', 'utbyggnaden av geriatriska team', 'uppföljningen av läkemedelsgenomgångar för äldre'],
  },
};

export const TOPIC_SLUGS: readonly string[] = Object.keys(TOPIC_TEXTS);
