import { problem, type Problem } from '../problem.ts';
import type { ValidationFile, ValidationIndex } from '../validationIndex.ts';
import type { ValidationRule } from './rule.ts';

/** Why a file named by an entry is missing, with the near miss when only letter case differs. */
function missingFile(
  index: ValidationIndex,
  source: ValidationFile,
  reference: string,
  what: string,
  where: string,
): string | null {
  if (index.context.fileExists(source, reference)) return null;
  const other = index.context.fileWithOtherCase?.(source, reference);
  if (other)
    return `${what}“${reference}”不存在，但有只差大小写的“${other}”：网站服务器区分大小写，请把字段改为“${other}”，或把文件改名为“${reference}”`;
  return `${what}“${reference}”不存在${where}`;
}

/**
 * The files an entry names exist beside it: a policy's attachments and a talent's photo. A
 * name that differs only in letter case (`照片.JPG` for `照片.jpg`) is named as such.
 */
export const entryFiles: ValidationRule = (index) => {
  const problems: Problem[] = [];
  for (const { source, data } of index.valid.policies) {
    (data.attachments ?? []).forEach((attachment, i) => {
      const fault = missingFile(
        index,
        source,
        attachment.file,
        '附件文件',
        '（路径相对于本文件所在文件夹）',
      );
      if (fault) problems.push(problem(source, ['attachments', i, 'file'], 'file-missing', fault));
    });
  }
  for (const { source, data } of index.valid.talents) {
    const fault = missingFile(
      index,
      source,
      data.photo,
      '照片文件',
      '：照片应与 index.md 放在同一文件夹',
    );
    if (fault) problems.push(problem(source, ['photo'], 'file-missing', fault));
  }
  return problems;
};
