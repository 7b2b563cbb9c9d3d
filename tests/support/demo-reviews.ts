import { apiRequest, apiSignIn, type RunningPlatform } from './platform';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Reviews by parents and what the editor decides on each: three are published, one refused. */
export const DEMO_REVIEWS = [
  {
    email: 'ouder3@demo.test',
    author: { firstName: 'Sofie', lastName: 'Claes' },
    text: 'Onze zoon gaat er twee dagen per week naartoe. De begeleiders vertellen bij het afhalen altijd hoe zijn dag was.',
    ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: 4, welbevinden: 5, omgeving: 4, organisatie: 4 },
    decision: { decision: 'publish' },
  },
  {
    email: 'ouder4@demo.test',
    author: { firstName: 'Tom', lastName: 'Janssens' },
    text: 'Een warme opvang met een mooie tuin. Soms wisselen de begeleiders wel vaak, waardoor onze dochter even moest wennen.',
    ratings: { communicatie: 4, respect: 4, inspraak: 3, veiligheid: 4, begeleiding: 3, welbevinden: 4, omgeving: 5, organisatie: 3 },
    decision: { decision: 'publish' },
  },
  {
    email: 'ouder5@demo.test',
    author: { firstName: 'Nadia', lastName: 'El Amrani' },
    text: 'De communicatie via de app is duidelijk en snel. Over de maaltijden hadden we graag iets meer uitleg gekregen.',
    ratings: { communicatie: 5, respect: 4, inspraak: 3, veiligheid: 4, begeleiding: 4, welbevinden: null, omgeving: 4, organisatie: 4 },
    decision: {
      decision: 'publish_edited',
      reasonCodes: ['personal_data'],
      editedText: 'De communicatie via de app is duidelijk en snel. Over de maaltijden hadden we graag wat meer uitleg gekregen.',
    },
  },
  {
    email: 'ouder6@demo.test',
    author: { firstName: 'Pieter', lastName: 'Wouters' },
    text: 'Dit gaat eigenlijk niet over de opvang maar over de parkeerplaatsen in de straat, die altijd vol staan in de ochtend.',
    ratings: { communicatie: 3, respect: 3, inspraak: 3, veiligheid: 3, begeleiding: 3, welbevinden: 3, omgeving: 2, organisatie: 3 },
    decision: { decision: 'reject', reasonCodes: ['off_topic'] },
  },
] as const;

/** How many of DEMO_REVIEWS end up published. */
export const DEMO_REVIEWS_PUBLISHED = DEMO_REVIEWS.filter(({ decision }) => decision.decision.startsWith('publish')).length;

async function expectStatus(response: Response, status: number, what: string): Promise<Response> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Parents submit DEMO_REVIEWS of a facility through the API and an editor decides each one on the
 * editorial desk's API: claim, then decide. The facility then has published reviews and scores,
 * and the transparency figures have decisions to count.
 */
export async function reviewAndDecide(platform: RunningPlatform, facilityId: number): Promise<void> {
  const editor = await apiSignIn(platform, 'redactie@demo.test');
  for (const review of DEMO_REVIEWS) {
    const author = await apiSignIn(platform, review.email);
    const submitted = await apiRequest(platform, author, '/api/reviews', {
      facilityId,
      author: review.author,
      ratings: review.ratings,
      text: review.text,
      relationship: 'ouder',
      periodFrom: thisMonth(),
      periodTo: thisMonth(),
    });
    const { id: reviewId } = (await (await expectStatus(submitted, 201, `review by ${review.email}`)).json()) as { id: string };

    const queue = await expectStatus(await apiRequest(platform, editor, '/api/moderation/queue?queue=new'), 200, 'queue');
    const item = ((await queue.json()) as { items: { id: string; reviewId: string }[] }).items.find((candidate) => candidate.reviewId === reviewId);
    if (!item) throw new Error(`review by ${review.email} is not in the queue`);
    await expectStatus(await apiRequest(platform, editor, `/api/moderation/items/${item.id}/claim`, {}), 200, 'claim');
    const detail = await expectStatus(await apiRequest(platform, editor, `/api/moderation/items/${item.id}`), 200, 'item');
    const { version } = (await detail.json()) as { version: number };
    const decided = await apiRequest(platform, editor, `/api/moderation/items/${item.id}/decision`, { ...review.decision, version });
    await expectStatus(decided, 200, `decision on the review by ${review.email}`);
  }
}
