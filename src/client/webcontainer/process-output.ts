/**
 * A real process's output may carry any escape sequence — its own colours, but also whatever a file it prints
 * contains. Only colour changes (CSI … m), line breaks and tabs pass to the terminal; every other control
 * character is shown as text (`^[` for ESC), so a file's content cannot drive the terminal.
 */
const SGR = /^\x1b\[[0-9;]{0,32}m/;

export function safeProcessOutput(chunk: string): string {
  let out = '';
  for (let i = 0; i < chunk.length; i++) {
    const ch = chunk[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '\x1b') {
      const sgr = SGR.exec(chunk.slice(i, i + 40));
      if (sgr) {
        out += sgr[0];
        i += sgr[0].length - 1;
        continue;
      }
      out += '^[';
      continue;
    }
    if (ch === '\n') out += '\r\n';
    else if (ch === '\r' || ch === '\t') out += ch;
    else if (code < 0x20) out += `^${String.fromCharCode(code + 0x40)}`;
    else if (code === 0x7f) out += '^?';
    else if (code >= 0x80 && code <= 0x9f) out += `\\x${code.toString(16)}`;
    else out += ch;
  }
  return out;
}
