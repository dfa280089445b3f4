/**
 * Attachments (附件) published with a policy: the name they get in the URL, and
 * the type and size a reader sees before downloading.
 */

const TYPES: Readonly<Record<string, { label: string; mime: string }>> = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  doc: { label: 'DOC', mime: 'application/msword' },
  docx: {
    label: 'DOCX',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xls: { label: 'XLS', mime: 'application/vnd.ms-excel' },
  xlsx: {
    label: 'XLSX',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  ppt: { label: 'PPT', mime: 'application/vnd.ms-powerpoint' },
  pptx: {
    label: 'PPTX',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  wps: { label: 'WPS', mime: 'application/vnd.ms-works' },
  ofd: { label: 'OFD', mime: 'application/ofd' },
  zip: { label: 'ZIP', mime: 'application/zip' },
  csv: { label: 'CSV', mime: 'text/csv' },
  txt: { label: 'TXT', mime: 'text/plain' },
  jpg: { label: 'JPG', mime: 'image/jpeg' },
  jpeg: { label: 'JPG', mime: 'image/jpeg' },
  png: { label: 'PNG', mime: 'image/png' },
};

/** The extension of a file name, lower case, without the dot. */
function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The file type a reader sees (PDF, XLSX, DOCX …) and its MIME type.
 * @example attachmentType('./shenbao-biao.xlsx') // { label: 'XLSX', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
 */
export function attachmentType(file: string): { label: string; mime: string } {
  const extension = extensionOf(file);
  return (
    TYPES[extension] ?? {
      label: extension ? extension.toUpperCase() : '文件',
      mime: 'application/octet-stream',
    }
  );
}

/**
 * The name of an attachment in its URL: the file's own name when it is plain ASCII,
 * else `fujian-<n>.<ext>` (n from 1), so that every static host serves it.
 * @example attachmentFileName('./sub/Shenbao-Biao.PDF', 0) // 'Shenbao-Biao.PDF'
 * @example attachmentFileName('./申报表.pdf', 1) // 'fujian-2.pdf'
 */
export function attachmentFileName(file: string, index: number): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(base)) return base;
  const extension = extensionOf(file);
  return `fujian-${index + 1}${/^[a-z0-9]+$/.test(extension) ? `.${extension}` : ''}`;
}

/**
 * A file size as people read it: bytes under 1 KB, then KB, then MB with one decimal.
 * @example formatFileSize(523) // '523 B'
 * @example formatFileSize(48_213) // '47 KB'
 * @example formatFileSize(2_411_724) // '2.3 MB'
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
