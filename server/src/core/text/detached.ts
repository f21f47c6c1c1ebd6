// Strings kept for good (caches that outlive a document) must not keep the document alive.

/**
 * A copy of a string that holds no other string: V8 makes a slice of 13 characters or more point
 * into the whole string it was cut from (and a concatenation into its parts), so a key or value
 * kept in a module's cache would hold the text of the document it was read from for ever. Joined to
 * a character, the string is copied into a new one when first read; the copy is cut out of that.
 */
export const detached = (text: string): string => ` ${text}`.slice(1);
