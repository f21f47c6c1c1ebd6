// The order in which "Compare with Base Resolution…" offers the workspace's resolutions: those with
// the draft's own title first — last session's text on the item is the usual base — newest (highest
// symbol) at the top, then the others by path. Names come from the server's workspace index
// (`A/RES/79/123 — Title`); a file the index does not know is offered by its path. Pure, no vscode.

export interface BaseCandidate {
  uri: string;
  path: string;
  /** `A/RES/79/123 — Title`, when the index knows the file. */
  name?: string;
  sameItem: boolean;
}

/** The title in an index name `SYMBOL — Title` (a title may itself hold a dash). */
const titleOf = (name: string | undefined): string | undefined => name?.split(' — ').slice(1).join(' — ') || undefined;

export function orderBaseCandidates(
  draftUri: string,
  files: ReadonlyArray<{ uri: string; path: string }>,
  names: ReadonlyMap<string, string>,
): BaseCandidate[] {
  const draftTitle = titleOf(names.get(draftUri));
  const candidates = files
    .filter((file) => file.uri !== draftUri)
    .map((file): BaseCandidate => {
      const name = names.get(file.uri);
      return { ...file, name, sameItem: draftTitle !== undefined && titleOf(name) === draftTitle };
    });
  return candidates.sort(
    (a, b) =>
      Number(b.sameItem) - Number(a.sameItem) ||
      (a.sameItem ? (b.name ?? '').localeCompare(a.name ?? '', 'en', { numeric: true }) : a.path.localeCompare(b.path)),
  );
}
