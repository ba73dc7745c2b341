import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../../server/http/openapi';

/**
 * Checks endpoint answers against the OpenAPI document the endpoint serves, with Ajv (JSON Schema
 * 2020-12), independently of the zod schemas the document is built from: the status must be one
 * the operation lists, a header it marks required must be there, the content type one it lists,
 * and a JSON body must validate against its schema. Answers on paths the document does not
 * describe (the officer's pages, /metrics, an unknown path) are not checked.
 */
export interface Nonconformity {
  method: string;
  path: string;
  status: number;
  problem: string;
}

type Doc = ReturnType<typeof openApiDocument>;
type Operation = { responses: Record<string, { headers?: Record<string, { required?: boolean }>; content?: Record<string, { schema?: unknown }> }> };

/** The document as Ajv takes it: zod writes a $schema into each schema, which only belongs at a root. */
function withoutInnerSchemaKeywords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInnerSchemaKeywords);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== '$schema')
      .map(([k, v]) => [k, withoutInnerSchemaKeywords(v)]),
  );
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export class OpenApiChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false });
  private readonly doc: Doc;
  private readonly validators = new Map<string, ValidateFunction>();
  checked = 0;

  constructor(doc: Doc = openApiDocument()) {
    this.doc = doc;
    addFormats.default(this.ajv);
    this.ajv.addSchema({ ...(withoutInnerSchemaKeywords(doc) as object), $id: 'openapi.json' });
  }

  /** The problem with one answer, or null when it conforms (or its path is not documented). */
  check(method: string, routeTemplate: string, status: number, headers: Record<string, unknown>, body: string): string | null {
    const path = routeTemplate.replace(/:([A-Za-z]+)/g, '{$1}');
    const op = (this.doc.paths as unknown as Record<string, Record<string, Operation>>)[path]?.[method.toLowerCase()];
    if (!op) return null;
    this.checked++;
    const response = op.responses[String(status)] ?? op.responses['default'];
    if (!response) return `status ${status} is not among the documented ${Object.keys(op.responses).join(', ')}`;
    for (const [name, h] of Object.entries(response.headers ?? {}))
      if (h.required && headers[name.toLowerCase()] === undefined) return `required header ${name} missing`;
    if (!response.content) return null;
    const type = String(headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (!(type in response.content)) return `content type ${type || '(none)'} is not among ${Object.keys(response.content).join(', ')}`;
    if (type !== 'application/json') return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return 'the body is not JSON';
    }
    const key = `${path} ${method} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const at = response === op.responses['default'] ? 'default' : String(status);
      validate = this.ajv.compile({
        $ref: `openapi.json#/${pointer('paths', path, method.toLowerCase(), 'responses', at, 'content', 'application/json', 'schema')}`,
      });
      this.validators.set(key, validate);
    }
    return validate(parsed) ? null : this.ajv.errorsText(validate.errors).slice(0, 300);
  }

  /** Records every answer of this app that goes through Fastify's reply (a hijacked stream's frames do not). */
  watch(app: FastifyInstance, found: Nonconformity[]): void {
    app.addHook('onSend', async (req, reply, payload) => {
      const template = req.routeOptions.url;
      if (template !== undefined && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        const problem = this.check(req.method, template, reply.statusCode, reply.getHeaders(), payload.toString());
        if (problem) found.push({ method: req.method, path: req.url.slice(0, 120), status: reply.statusCode, problem });
      }
      return payload;
    });
  }
}
