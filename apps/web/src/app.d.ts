import type { Me } from '@zorgwaardering/core';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user, loaded once per request in hooks.server.ts. */
      user: Me | null;
    }
    interface PageData {
      user: Me | null;
    }
  }
}

export {};
