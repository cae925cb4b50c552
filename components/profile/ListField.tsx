import { joinList, splitList } from '@/utils/profile-edit';

/** A comma-separated list in one text field, read back into a list when the field loses focus. */
export function ListField({
  label,
  values,
  onChange,
}: {
  label: string;
  values: readonly string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <label>
      {label}
      <input defaultValue={joinList(values)} onBlur={(e) => onChange(splitList(e.target.value))} />
    </label>
  );
}
