/**
 * A small taint check for Cypher strings, built on the TypeScript type checker. Every call
 * `x.run(…)`, `x.read(…)` or `x.readOne(…)` whose first parameter is a string is a Cypher sink; its
 * first argument must be provably built from constants only:
 *
 * - string, number and template literals without substitutions;
 * - any expression whose TYPE is a literal or a union of literals (`'ASC' | 'DESC'`, a zod enum,
 *   labels from an `as const` array), or a number/boolean (digits cannot carry Cypher syntax);
 * - templates, `+`, `?:`, arrays and object literals made of vetted parts;
 * - `const` bindings (also imported ones and `for (const s of vetted)`) whose initialiser is vetted;
 * - calls of local functions whose arguments are vetted and whose returned expressions are vetted
 *   given those arguments; string/array methods (`join`, `map`, `replaceAll`, …) on vetted values;
 * - the executor's own pass-through parameter (see ALLOWED_PARAMETERS).
 *
 * Anything else — a function parameter of type `string`, a request field, a `let` — is user text
 * as far as this check knows, and the sink is reported.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface CypherSink {
  file: string;
  line: number;
  call: string;
  vetted: boolean;
  /** The first part of the argument that could not be proved constant. */
  culprit?: string;
}

/**
 * Parameters that carry Cypher through on purpose. graph/executor.ts is the one owner of the driver:
 * its `read`/`run`/`write` take a `cypher` argument and hand it to `tx.run`. Those call sites are
 * forwarding, not building; the strings are checked where the executor is called.
 */
export const ALLOWED_PARAMETERS: ReadonlyArray<{ file: string; name: string }> = [{ file: 'graph/db/executor.ts', name: 'cypher' }];

const SINK_METHODS = new Set(['run', 'read', 'readOne']);
const SAFE_METHODS = new Set([
  'join',
  'map',
  'flatMap',
  'replace',
  'replaceAll',
  'trim',
  'concat',
  'slice',
  'filter',
  'toUpperCase',
  'toLowerCase',
]);
const MAX_DEPTH = 40;

export function listTsFiles(root: string, folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'target', 'dist'].includes(entry.name)) walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return out.sort();
}

/** Builds a program over `files` (plus optional in-memory files) and reports every Cypher sink in them. */
export function findCypherSinks(root: string, files: string[], virtualFiles: Record<string, string> = {}): CypherSink[] {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  const host = ts.createCompilerHost(config.options);
  const virtual = new Map(Object.entries(virtualFiles).map(([name, text]) => [path.resolve(root, name), text]));
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => virtual.get(path.resolve(name)) ?? readFile(name);
  host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists(name);
  const roots = [...files, ...virtual.keys()];
  const program = ts.createProgram(roots, { ...config.options, noEmit: true }, host);
  const checker = program.getTypeChecker();
  const sinks: CypherSink[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const relative = path.relative(root, file).split(path.sep).join('/');
    const visit = (node: ts.Node) => {
      if (isSink(node)) {
        const culprit = new Taint(checker, root).culprit(node.arguments[0]!);
        sinks.push({
          file: relative,
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          call: node.expression.getText().slice(0, 60),
          vetted: culprit === null,
          ...(culprit === null ? {} : { culprit: culprit.getText().slice(0, 120) }),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sinks;

  function isSink(node: ts.Node): node is ts.CallExpression {
    if (!ts.isCallExpression(node) || node.arguments.length === 0) return false;
    if (!ts.isPropertyAccessExpression(node.expression) || !SINK_METHODS.has(node.expression.name.text)) return false;
    const signature = checker.getResolvedSignature(node);
    const first = signature?.getParameters()[0];
    if (!first) return false;
    // `string`, or the driver's `string | Query`: either way the argument is Cypher text.
    const type = checker.getTypeOfSymbolAtLocation(first, node);
    const isString = (t: ts.Type) => (t.flags & ts.TypeFlags.String) !== 0;
    return type.isUnion() ? type.types.some(isString) : isString(type);
  }
}

class Taint {
  private readonly env = new Set<ts.Declaration>();
  private readonly active = new Set<ts.Node>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly root: string,
  ) {}

  /** The first sub-expression that is not provably constant, or null when all of `expr` is. */
  culprit(expr: ts.Expression, depth = 0): ts.Node | null {
    if (depth > MAX_DEPTH || this.active.has(expr)) return expr; // too deep or circular: not proved
    this.active.add(expr);
    try {
      return this.check(expr, depth + 1);
    } finally {
      this.active.delete(expr);
    }
  }

  private all(parts: readonly ts.Expression[], depth: number): ts.Node | null {
    for (const part of parts) {
      const bad = this.culprit(part, depth);
      if (bad) return bad;
    }
    return null;
  }

  private check(expr: ts.Expression, depth: number): ts.Node | null {
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr) || ts.isNumericLiteral(expr)) return null;
    if (this.hasConstantType(expr)) return null;
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr)) {
      return this.culprit(expr.expression, depth);
    }
    if (ts.isTemplateExpression(expr))
      return this.all(
        expr.templateSpans.map((span) => span.expression),
        depth,
      );
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.all([expr.left, expr.right], depth);
    if (ts.isConditionalExpression(expr)) return this.all([expr.whenTrue, expr.whenFalse], depth);
    if (ts.isArrayLiteralExpression(expr))
      return this.all(
        expr.elements.map((e) => (ts.isSpreadElement(e) ? e.expression : e)),
        depth,
      );
    if (ts.isObjectLiteralExpression(expr)) return this.objectLiteral(expr, depth);
    if (ts.isIdentifier(expr)) return this.identifier(expr, depth);
    if (ts.isPropertyAccessExpression(expr)) return this.declared(expr, this.checker.getSymbolAtLocation(expr), depth);
    if (ts.isElementAccessExpression(expr)) return this.culprit(expr.expression, depth); // any member of a vetted object
    if (ts.isCallExpression(expr)) return this.call(expr, depth);
    return expr;
  }

  private hasConstantType(expr: ts.Expression): boolean {
    const safe = (type: ts.Type): boolean =>
      type.isUnion()
        ? type.types.every(safe)
        : type.isLiteral() ||
          (type.flags &
            (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !==
            0;
    return safe(this.checker.getTypeAtLocation(expr));
  }

  private objectLiteral(expr: ts.ObjectLiteralExpression, depth: number): ts.Node | null {
    for (const property of expr.properties) {
      if (ts.isPropertyAssignment(property)) {
        const bad = this.culprit(property.initializer, depth);
        if (bad) return bad;
      } else if (ts.isShorthandPropertyAssignment(property)) {
        const bad = this.culprit(property.name, depth);
        if (bad) return bad;
      } else if (ts.isSpreadAssignment(property)) {
        const bad = this.culprit(property.expression, depth);
        if (bad) return bad;
      } else return property;
    }
    return null;
  }

  private identifier(expr: ts.Identifier, depth: number): ts.Node | null {
    return this.declared(expr, this.checker.getSymbolAtLocation(expr), depth);
  }

  /** A name is vetted through its declaration: a const with a vetted initialiser, or a parameter bound to vetted arguments. */
  private declared(expr: ts.Expression, symbol: ts.Symbol | undefined, depth: number): ts.Node | null {
    let target = symbol;
    if (target && target.flags & ts.SymbolFlags.Alias) target = this.checker.getAliasedSymbol(target);
    const declaration = target?.valueDeclaration ?? target?.declarations?.[0];
    if (!declaration) return expr;
    if (this.env.has(declaration)) return null;
    if (ts.isParameter(declaration) || ts.isBindingElement(declaration)) {
      const name = ts.isIdentifier(declaration.name) ? declaration.name.text : '';
      const file = path.relative(this.root, declaration.getSourceFile().fileName).split(path.sep).join('/');
      return ALLOWED_PARAMETERS.some((allowed) => allowed.file === file && allowed.name === name) ? null : expr;
    }
    if (ts.isVariableDeclaration(declaration)) {
      const list = declaration.parent;
      if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return expr;
      if (ts.isForOfStatement(list.parent)) return this.culprit(list.parent.expression, depth);
      return declaration.initializer ? this.culprit(declaration.initializer, depth) : expr;
    }
    if (ts.isPropertyAssignment(declaration)) return this.culprit(declaration.initializer, depth);
    return expr;
  }

  private call(expr: ts.CallExpression, depth: number): ts.Node | null {
    const callee = expr.expression;
    // Object.fromEntries(vetted): an object of vetted values.
    if (ts.isPropertyAccessExpression(callee) && callee.getText() === 'Object.fromEntries') return this.all(expr.arguments, depth);
    if (ts.isPropertyAccessExpression(callee) && SAFE_METHODS.has(callee.name.text)) {
      const receiver = this.culprit(callee.expression, depth);
      if (receiver) return receiver;
      for (const argument of expr.arguments) {
        const bad =
          ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)
            ? callee.name.text === 'filter'
              ? null // a filter only drops vetted elements
              : this.functionResult(argument, argument.parameters, depth)
            : this.culprit(argument, depth);
        if (bad) return bad;
      }
      return null;
    }
    const symbol = this.checker.getSymbolAtLocation(callee);
    let target = symbol;
    if (target && target.flags & ts.SymbolFlags.Alias) target = this.checker.getAliasedSymbol(target);
    const declaration = target?.valueDeclaration;
    const fn =
      declaration && ts.isFunctionDeclaration(declaration)
        ? declaration
        : declaration &&
            ts.isVariableDeclaration(declaration) &&
            declaration.initializer &&
            (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))
          ? declaration.initializer
          : undefined;
    if (!fn) return expr;
    const badArgument = this.all(expr.arguments, depth);
    if (badArgument) return badArgument;
    for (const parameter of fn.parameters) {
      if (parameter.initializer) {
        const bad = this.culprit(parameter.initializer, depth);
        if (bad) return bad;
      }
    }
    return this.functionResult(fn, fn.parameters, depth);
  }

  /** What a function returns is vetted when its parameters are (the caller checked the arguments). */
  private functionResult(fn: ts.FunctionLikeDeclaration, parameters: readonly ts.ParameterDeclaration[], depth: number): ts.Node | null {
    const bound: ts.Declaration[] = [];
    const bind = (name: ts.BindingName, declaration: ts.Declaration) => {
      if (ts.isIdentifier(name)) bound.push(declaration);
      else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name, element);
    };
    for (const parameter of parameters) bind(parameter.name, parameter);
    const fresh = bound.filter((d) => !this.env.has(d));
    for (const d of fresh) this.env.add(d);
    try {
      if (!fn.body) return fn;
      if (!ts.isBlock(fn.body)) return this.culprit(fn.body, depth);
      const returns: ts.Expression[] = [];
      const collect = (node: ts.Node) => {
        if (ts.isReturnStatement(node) && node.expression) returns.push(node.expression);
        if (!ts.isFunctionLike(node)) ts.forEachChild(node, collect);
      };
      ts.forEachChild(fn.body, collect);
      return returns.length === 0 ? fn : this.all(returns, depth);
    } finally {
      for (const d of fresh) this.env.delete(d);
    }
  }
}
