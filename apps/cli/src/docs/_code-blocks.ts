/** A code block of a Markdown file: its language (empty when none), its text, and the line (1-based) its text starts on. */
export interface CodeBlock {
  file: string;
  line: number;
  lang: string;
  text: string;
}

/**
 * The code blocks of a Markdown text: fenced ones (```lang) and indented ones (four
 * spaces after a blank line, outside lists), in order.
 */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = /^(`{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).startsWith(fence[1] as string); i++)
        body.push(lines[i] as string);
      blocks.push({ file, line: start + 2, lang: (fence[2] ?? "").toLowerCase(), text: body.join("\n") });
      continue;
    }
    if (/^ {4}\S/.test(line) && (i === 0 || (lines[i - 1] as string).trim() === "")) {
      const start = i;
      const body: string[] = [];
      for (; i < lines.length && /^ {4}/.test(lines[i] as string); i++) body.push((lines[i] as string).slice(4));
      blocks.push({ file, line: start + 1, lang: "", text: body.join("\n") });
    }
  }
  return blocks;
}

/** One shell command line as words: quotes removed, `#` comments dropped, `|` and `&&` kept as words. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const end = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  for (let i = 0; i < line.length; ) {
    const c = line[i] as string;
    if (/\s/.test(c)) {
      end();
      i++;
    } else if (c === "#" && word === undefined) break;
    else if (line.startsWith("&&", i) || c === "|") {
      end();
      words.push(c === "|" ? "|" : "&&");
      i += c === "|" ? 1 : 2;
    } else if (c === '"' || c === "'") {
      const close = line.indexOf(c, i + 1);
      if (close === -1) throw new Error(`unclosed ${c} in: ${line}`);
      word = (word ?? "") + line.slice(i + 1, close);
      i = close + 1;
    } else {
      word = (word ?? "") + c;
      i++;
    }
  }
  end();
  return words;
}
