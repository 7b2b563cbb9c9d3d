import type { FieldIssue } from '@zorgwaardering/core';

/** An error the API answers with its own status and code; anything else is a bug (500). */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Invalid extends AppError {
  constructor(message: string, code = 'invalid', details?: FieldIssue[] | unknown) {
    super(400, code, message, details);
  }
}

export class Unauthorized extends AppError {
  constructor(message = 'Je bent niet ingelogd.') {
    super(401, 'unauthorized', message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'Je hebt geen toegang tot deze gegevens of actie.') {
    super(403, 'forbidden', message);
  }
}

export class NotFound extends AppError {
  constructor(message = 'Niet gevonden.') {
    super(404, 'not_found', message);
  }
}

export class Conflict extends AppError {
  constructor(message: string, code = 'conflict', details?: unknown) {
    super(409, code, message, details);
  }
}

export class RateLimited extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'rate_limited', message, { retryAfterSeconds });
  }
}
