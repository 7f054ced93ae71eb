import type { LinkView, RichText } from './types';
import type { ModelContext } from './context';
import { placeText } from './entry';
import { fieldPointer, rich, urlOf } from './fields';
import { firstStr, obj, objects, str, type JsonObject } from './read';
import { displayUrl, mailto, safeImageUrl, tel } from './url';

export interface ProfileView {
  network: string;
  username: string;
  link: LinkView;
}

export interface BasicsView {
  name: string;
  label: string;
  image?: string;
  email?: LinkView;
  phone?: LinkView;
  url?: LinkView;
  location: string;
  summary: RichText;
  profiles: ProfileView[];
}

function profile(item: JsonObject, ctx: ModelContext): ProfileView | undefined {
  const network = str(item.network);
  const username = str(item.username);
  const { url, href } = urlOf(item, ctx);
  if (!network && !username && !url) return undefined;
  const label = username || (url ? displayUrl(url) : network);
  return { network: label === network ? '' : network, username, link: { label, href } };
}

function image(basics: JsonObject, ctx: ModelContext): string | undefined {
  const source = firstStr(basics, ['image', 'picture']);
  const checked = safeImageUrl(source);
  const path = ctx.lint && !checked && source ? fieldPointer(basics, str(basics.image) ? 'image' : 'picture') : undefined;
  if (path !== undefined) {
    ctx.lint?.warn(path, 'This picture is not shown: use an http(s) address, a relative path, or a PNG, JPEG, GIF, WebP or AVIF data: URL.');
  }
  return checked;
}

export function toBasics(value: unknown, ctx: ModelContext): BasicsView {
  const basics = obj(value);
  const email = str(basics.email);
  const phone = str(basics.phone);
  const { url, href } = urlOf(basics, ctx);
  return {
    name: str(basics.name),
    label: str(basics.label),
    image: image(basics, ctx),
    email: email ? { label: email, href: mailto(email) } : undefined,
    phone: phone ? { label: phone, href: tel(phone) } : undefined,
    url: url ? { label: displayUrl(url), href } : undefined,
    location: placeText(basics.location),
    summary: rich(basics.summary),
    profiles: objects(basics.profiles)
      .map((item) => profile(item, ctx))
      .filter((item): item is ProfileView => item !== undefined),
  };
}
