/**
 * Suggestions for what an editor probably meant: the closest field name, or the closest
 * existing slug, to one that does not exist.
 */

/**
 * Edit distance between two short strings, to suggest the field an editor meant.
 * @example editDistance('publishedon', 'publishedOn') // 1
 */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        previous[j]! + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known key closest to a misspelled one, if any is close enough. */
export function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

/**
 * ` 是否应为“…”？` when a known value is close to the one written, else ''.
 * @example didYouMean('gaocengci-rencai-yinjin-banfaa', ['gaocengci-rencai-yinjin-banfa']) // '是否应为“gaocengci-rencai-yinjin-banfa”？'
 */
export function didYouMean(written: string, known: Iterable<string>): string {
  const suggestion = closestKey(written, [...known]);
  return suggestion ? `是否应为“${suggestion}”？` : '';
}

/**
 * A message about a slug that does not exist, with the closest existing slug suggested.
 * @example unknownSlugMessage('找不到依据文件“gaocengci”：请填写 policies 中已有文件的 slug', 'gaocengci', ['gaocengci-a']) // '…的 slug'
 */
export function unknownSlugMessage(
  message: string,
  written: string,
  known: Iterable<string>,
): string {
  const hint = didYouMean(written, known);
  return hint ? `${message}。${hint}` : message;
}
