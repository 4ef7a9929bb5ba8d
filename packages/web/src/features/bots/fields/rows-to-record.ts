/** A string map edited as rows of key and value. */

export interface Row {
  key: string;
  value: string;
}

/** Pure: rows → the map they mean; rows with an empty key are left out. */
export function rowsToRecord(rows: readonly Row[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const row of rows) if (row.key.trim() !== "") record[row.key.trim()] = row.value;
  return record;
}
