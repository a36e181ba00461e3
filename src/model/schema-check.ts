/** A JSON Schema, as far as schema/meeting.schema.json uses the standard. */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  minItems?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  $ref?: string;
  oneOf?: Schema[];
  $defs?: Record<string, Schema>;
}

/** Whether a value matches a schema. */
export type Check = (value: unknown) => boolean;

/** Keywords that say nothing about a value. */
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description']);

/**
 * Compiles a schema into one function, once, so that checking every meeting read from the cache
 * costs little beside parsing its JSON. Only the keywords the meeting schema uses are known; any
 * other throws, so that a schema that grows a keyword is never half-checked.
 */
export function compileSchema(root: Schema): Check {
  const defs = new Map<string, Check>();
  const ref = (pointer: string): Check => {
    const name = /^#\/\$defs\/([^/]+)$/.exec(pointer)?.[1];
    const target = name === undefined ? undefined : root.$defs?.[name];
    if (!name || !target) throw new Error(`unknown schema reference ${pointer}`);
    // Compiled on first use, so a definition may refer to itself.
    return (value) => {
      if (!defs.has(name)) defs.set(name, compile(target));
      return defs.get(name)!(value);
    };
  };
  const compile = (schema: Schema): Check => {
    const checks: Check[] = [];
    if (schema.properties || schema.required || schema.additionalProperties !== undefined) checks.push(properties(schema, compile));
    for (const [keyword, argument] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword) || OBJECT_KEYWORDS.has(keyword)) continue;
      if (keyword === '$ref') checks.push(ref(argument as string));
      else if (keyword === 'oneOf') checks.push(oneOf((argument as Schema[]).map(compile)));
      else if (keyword === 'items') checks.push(items(compile(argument as Schema)));
      else if (Object.hasOwn(KEYWORDS, keyword)) checks.push(KEYWORDS[keyword as keyof typeof KEYWORDS](argument));
      else throw new Error(`unknown schema keyword ${keyword}`);
    }
    return (value) => {
      for (const check of checks) if (!check(value)) return false;
      return true;
    };
  };
  return compile(root);
}

const KEYWORDS = {
  type: (types: unknown): Check => {
    const list = (Array.isArray(types) ? types : [types]) as string[];
    return (value) => list.some((type) => isType(value, type));
  },
  enum: (values: unknown): Check => (value) => (values as unknown[]).includes(value),
  pattern: (source: unknown): Check => {
    const pattern = new RegExp(source as string, 'u');
    return (value) => typeof value !== 'string' || pattern.test(value);
  },
  minimum: (minimum: unknown): Check => (value) => typeof value !== 'number' || value >= (minimum as number),
  minItems: (count: unknown): Check => (value) => !Array.isArray(value) || value.length >= (count as number),
};

/** Checked together, by `properties`. */
const OBJECT_KEYWORDS = new Set(['properties', 'required', 'additionalProperties']);

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      throw new Error(`unknown schema type ${type}`);
  }
}

function oneOf(checks: Check[]): Check {
  return (value) => checks.filter((check) => check(value)).length === 1;
}

function items(check: Check): Check {
  return (value) => !Array.isArray(value) || value.every(check);
}

/** `properties` with the object's `required` and `additionalProperties: false`. */
function properties(schema: Schema, compile: (schema: Schema) => Check): Check {
  const known = new Map(Object.entries(schema.properties ?? {}).map(([name, sub]) => [name, compile(sub)]));
  const required = schema.required ?? [];
  if (typeof (schema.additionalProperties ?? false) !== 'boolean') throw new Error('unknown schema form of additionalProperties');
  const closed = schema.additionalProperties === false;
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
    const record = value as Record<string, unknown>;
    for (const name of required) if (!Object.hasOwn(record, name)) return false;
    for (const name of Object.keys(record)) {
      const check = known.get(name);
      if (check ? !check(record[name]) : closed) return false;
    }
    return true;
  };
}
