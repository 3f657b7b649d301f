/** A character-level diff of two short strings (longest common subsequence), as runs. */

export interface DiffRun {
  /** `same`: in both; `sent`: only in the first string; `registered`: only in the second. */
  op: 'same' | 'sent' | 'registered';
  text: string;
}

/** Longer strings are compared as a whole: the table grows with the product of the lengths. */
const MAX_LENGTH = 2000;

function push(runs: DiffRun[], op: DiffRun['op'], char: string): void {
  const last = runs.at(-1);
  if (last?.op === op) last.text += char;
  else runs.push({ op, text: char });
}

export function charDiff(sent: string, registered: string): DiffRun[] {
  if (sent === registered) return sent === '' ? [] : [{ op: 'same', text: sent }];
  if (sent.length > MAX_LENGTH || registered.length > MAX_LENGTH) {
    return [...(sent ? [{ op: 'sent' as const, text: sent }] : []), ...(registered ? [{ op: 'registered' as const, text: registered }] : [])];
  }
  const a = [...sent];
  const b = [...registered];
  // lcs[i][j]: length of the longest common subsequence of a[i:] and b[j:].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const runs: DiffRun[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(runs, 'same', a[i]!);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push(runs, 'sent', a[i]!);
      i++;
    } else {
      push(runs, 'registered', b[j]!);
      j++;
    }
  }
  return runs;
}
