/**
 * Content files are UTF-8 (a byte-order mark allowed). Editors on Windows often save in the
 * system's legacy encoding (GBK/GB18030) or as "Unicode" (UTF-16); such a file is named as
 * what it is, with how to re-save it, instead of being read as mojibake.
 */

/** The text of a file, or why it cannot be read as UTF-8. */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; encoding: 'UTF-16' | 'GBK' | 'unknown'; line: number; message: string };

const HOW_TO_RESAVE =
  '请用记事本、WPS 或 VS Code 打开此文件，“另存为”时把编码选为 UTF-8 后保存（记事本：另存为 → 编码 → UTF-8）';

/**
 * Decodes a content file's bytes as UTF-8, dropping a byte-order mark.
 * @example decodeContentText(new TextEncoder().encode('title: 办法')) // { ok: true, text: 'title: 办法' }
 */
export function decodeContentText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      encoding: 'UTF-16',
      line: 1,
      message: `文件是 UTF-16 编码（记事本中的“Unicode”），网站只读 UTF-8：${HOW_TO_RESAVE}`,
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const line = firstUndecodableLine(bytes);
    const gbk = looksLikeGbk(bytes);
    return {
      ok: false,
      encoding: gbk ? 'GBK' : 'unknown',
      line,
      message: `${
        gbk
          ? '文件不是 UTF-8 编码，看起来是 GBK（GB2312/GB18030）编码，常见于 Windows 记事本或 WPS 默认保存的文本'
          : '文件不是 UTF-8 编码'
      }：第 ${line} 行起的文字无法读取。${HOW_TO_RESAVE}`,
    };
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstUndecodableLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  return text.slice(0, at === -1 ? 0 : at).split('\n').length;
}

/** Whether the bytes read as GB18030 (a superset of GBK) without a single replacement. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /\p{Script=Han}/u.test(text);
  } catch {
    return false;
  }
}
