import { createHmac, timingSafeEqual } from 'node:crypto';

/** A keyed hash (HMAC-SHA256, base64url): what we store instead of codes, tokens and IP addresses. */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\0${value}`).digest('base64url');
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
