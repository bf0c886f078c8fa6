import { itemAnchor, ordinalOfKey, paths } from '../router/routes.js';

/** The client page of a graph node, where it has one. AgendaItem keys are `<meetingId>#<ordinal>`. */
export function pageOfNode(label: string, key: string): string | null {
  switch (label) {
    case 'Meeting':
      return paths.meeting(key);
    case 'Person':
      return paths.person(key);
    case 'Organisation':
      return paths.organisation(key);
    case 'Topic':
      return paths.topic(key);
    case 'AgendaItem':
    case 'Passage':
    case 'Concern':
    case 'FollowUp': {
      const ordinal = ordinalOfKey(key);
      const meetingId = key.replace(/#\d+$/, '');
      if (ordinal === null || meetingId === key) return null;
      return label === 'AgendaItem' ? paths.meeting(meetingId, itemAnchor(ordinal)) : paths.meeting(meetingId);
    }
    default:
      return null;
  }
}
