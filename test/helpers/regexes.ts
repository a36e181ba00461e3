/** Every regular expression in src/ (literals, and RegExp built from module string constants), for the ReDoS test. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/**
 * Every regular expression in src/: literals, and `new RegExp(`…${CONST}…`)` built from the module's
 * string constants (the date and time patterns), read with the TypeScript parser.
 */
export function collectRegexes(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(join(import.meta.dirname, '..', '..', 'src'))) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const strings = new Map<string, string>();
    const visitConsts = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteralLike(node.initializer)) {
        strings.set(node.name.text, node.initializer.text);
      }
      ts.forEachChild(node, visitConsts);
    };
    visitConsts(sourceFile);
    const line = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        found.push({ file, line: line(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
        const [pattern, flags] = node.arguments;
        let source: string | null = null;
        if (ts.isStringLiteralLike(pattern)) source = pattern.text;
        else if (ts.isTemplateExpression(pattern) && pattern.templateSpans.every((span) => ts.isIdentifier(span.expression) && strings.has(span.expression.text))) {
          source = pattern.head.text + pattern.templateSpans.map((span) => strings.get((span.expression as ts.Identifier).text)! + span.literal.text).join('');
        }
        if (source !== null) found.push({ file, line: line(node), source, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

