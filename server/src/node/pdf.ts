// PDF through an engine the user already has: a Chromium-based browser printing the HTML, or
// LibreOffice. Never a renderer of our own.

export function renderPdf(_html: string): Promise<Uint8Array> {
  return Promise.reject(new Error('PDF export is being written (issue 18)'));
}
