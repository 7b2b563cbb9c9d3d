import { OpenAPIHono, z } from '@hono/zod-openapi';
import { errorBodySchema, type FieldIssue } from '@zorgwaardering/core';
import type { AppEnv } from '../env';
import { Invalid } from '../errors';

/** Field paths and messages of a zod error, as the API reports them. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

/** A router whose validation failures become our 400 error with field paths. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new Invalid('De invoer is niet geldig.', 'invalid', fieldIssues(result.error));
      }
    },
  });
}

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
