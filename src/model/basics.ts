import type { BasicsView, ProfileView } from './types';
import { displayUrl, mailto, safeImageUrl, safeUrl, tel } from './url';
import { joinParts, obj, objects, str, type JsonObject } from './read';
import { parseInlineMarkdown } from './markdown';

function location(value: unknown): string {
  const place = obj(value);
  const region = joinParts([str(place.region), str(place.postalCode)], ' ');
  return joinParts([str(place.address), str(place.city), region, str(place.countryCode)]);
}

function profile(item: JsonObject): ProfileView | undefined {
  const network = str(item.network);
  const username = str(item.username);
  const url = str(item.url);
  const href = safeUrl(url);
  if (!network && !username && !url) return undefined;
  const label = username || (url ? displayUrl(url) : network);
  return { network: label === network ? '' : network, username, link: { label, href } };
}

export function toBasics(value: unknown): BasicsView {
  const basics = obj(value);
  const email = str(basics.email);
  const phone = str(basics.phone);
  const url = str(basics.url) || str(basics.website);
  return {
    name: str(basics.name),
    label: str(basics.label),
    image: safeImageUrl(str(basics.image) || str(basics.picture)),
    email: email ? { label: email, href: mailto(email) } : undefined,
    phone: phone ? { label: phone, href: tel(phone) } : undefined,
    url: url ? { label: displayUrl(url), href: safeUrl(url) } : undefined,
    location: location(basics.location),
    summary: parseInlineMarkdown(str(basics.summary)),
    profiles: objects(basics.profiles)
      .map(profile)
      .filter((item): item is ProfileView => item !== undefined),
  };
}
