// What the core may use of the platform beyond the language: the web's URL, which browsers, web
// workers and Node all provide. Compiled only with server/src/core/tsconfig.json (no Node types,
// no DOM): anything else the core reached for — a file, a socket, `process` — fails to compile.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  toString(): string;
}
