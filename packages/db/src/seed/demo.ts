import type { MembershipRole, StoredRole } from '@zorgwaardering/core';

export interface DemoAccount {
  email: string;
  firstName: string;
  lastName: string;
  roles: readonly StoredRole[];
  /** Role in the organisation that runs the demo facility, if any. */
  demoFacilityRole?: MembershipRole;
  /** What the account is for (Dutch, for the README and the demo sign-in page). */
  description: string;
}

export const DEMO_FACILITY_NAME = 'Kinderdagverblijf De Speelvogel';
export const DEMO_ORGANISATION_NAME = 'Vzw De Speelvogel';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'ouder@demo.test',
    firstName: 'Sofie',
    lastName: 'Peeters',
    roles: [],
    description: 'Ouder: zoekt een voorziening, schrijft een waardering, past ze aan of trekt ze in.',
  },
  {
    email: 'ouder2@demo.test',
    firstName: 'Jonas',
    lastName: 'Maes',
    roles: [],
    description: 'Tweede ouder: om meerdere waarderingen voor dezelfde voorziening te testen.',
  },
  {
    email: 'redactie@demo.test',
    firstName: 'Lotte',
    lastName: 'Claes',
    roles: ['editor'],
    description: 'Redacteur: werkt de moderatiewachtrij af (publiceren, bewerken, afwijzen met motivering).',
  },
  {
    email: 'redactie2@demo.test',
    firstName: 'Pieter',
    lastName: 'Willems',
    roles: ['editor'],
    description: 'Tweede redacteur: beslist over een beroep, want dat moet iemand anders zijn dan wie eerst besliste.',
  },
  {
    email: 'voorziening@demo.test',
    firstName: 'An',
    lastName: 'Jacobs',
    roles: [],
    demoFacilityRole: 'manager',
    description: `Verantwoordelijke van ${DEMO_FACILITY_NAME}: reageert op waarderingen en meldt een waardering.`,
  },
  {
    email: 'beheer@demo.test',
    firstName: 'Wouter',
    lastName: 'Mertens',
    roles: ['admin'],
    description: 'Beheerder van het platform: pilootorganisaties, instapgolven en instellingen.',
  },
];
