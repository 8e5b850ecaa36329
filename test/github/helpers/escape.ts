// The escaping of workflow commands, as @actions/core applies it, to build expected annotation lines.

/** Escape a command's message. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escape a command property value. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error title=…,file=…,line=…,col=…::message`, properties in @actions/core's order. */
export function annotationLine(level: 'error' | 'warning' | 'notice', message: string, props: { title?: string; file?: string; line?: number; col?: number } = {}): string {
  const parts = [
    props.title !== undefined ? `title=${escapeProperty(props.title)}` : '',
    props.file !== undefined ? `file=${escapeProperty(props.file)}` : '',
    props.line !== undefined ? `line=${props.line}` : '',
    props.col !== undefined ? `col=${props.col}` : '',
  ].filter(Boolean);
  return `::${level}${parts.length ? ` ${parts.join(',')}` : ''}::${escapeData(message)}`;
}
