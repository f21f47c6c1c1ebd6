// What the scripts' pages define for themselves, for the type check of scripts/*.mjs.

/** A message the language server sent to the page (test-web.mjs). */
interface ReceivedMessage {
  method: string;
  /** Protocol messages of every kind. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any LSP message's parameters
  params: any;
}

interface Window {
  /** The LSP client test-web.mjs installs in its page: it talks to the server's web worker. */
  lsp: {
    request(method: string, params: unknown): Promise<unknown>;
    notify(method: string, params: unknown): void;
    received: ReceivedMessage[];
    errors: string[];
  };
}
