/** The claims list of /claims/ (content/claims.json): its checks name the file, the claim and the field. */
import { describe, expect, it } from 'vitest';
import { CLAIMS_FILE, loadClaims, parseClaims } from '@/lib/claims';

const good = loadClaims();
const withFirst = (change: Record<string, unknown>) => [{ ...good[0], ...change }, ...good.slice(1)];

describe('content/claims.json', () => {
  it('holds 12 to 20 claims, among them the ones issue 17 names', () => {
    expect(good.length).toBeGreaterThanOrEqual(12);
    expect(good.length).toBeLessThanOrEqual(20);
    const text = good.map((c) => c.claim).join('\n');
    for (const topic of [
      /800%/,
      /ADHD in Russia/,
      /no side effects/,
      /natural hormone/,
      /FDA/,
      /sport/,
      /N-acetyl/,
    ]) {
      expect(text).toMatch(topic);
    }
    expect(good.filter((c) => c.group === 'likely-effective').length).toBe(7);
  });

  it('rejects an unknown evidence kind, naming file, claim and field', () => {
    expect(() => parseClaims(CLAIMS_FILE, withFirst({ evidence: 'strong' }))).toThrow(
      new RegExp(`${CLAIMS_FILE}: claim "${good[0]!.id}", field "evidence"`),
    );
  });

  it('rejects a link without a heading fragment', () => {
    expect(() => parseClaims(CLAIMS_FILE, withFirst({ links: [{ href: '/uses/', text: 'Uses' }] }))).toThrow(
      /field "links.0.href"/,
    );
  });

  it('rejects a duplicate id and a list outside 12 to 20', () => {
    expect(() => parseClaims(CLAIMS_FILE, [...good.slice(0, 12), good[0]])).toThrow(/appears twice/);
    expect(() => parseClaims(CLAIMS_FILE, good.slice(0, 11))).toThrow(/11 claims; 12 to 20 expected/);
  });
});
