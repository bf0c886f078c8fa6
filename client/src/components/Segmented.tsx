/** A radio group styled as a segmented control: arrow keys move within it, as radios do. */
export function Segmented<T extends string>({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  options: [T, string][];
  onChange(v: T): void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{label}</legend>
      {options.map(([v, text]) => (
        <label key={v} className={v === value ? 'active' : undefined}>
          <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
