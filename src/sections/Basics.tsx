import type { BasicsView } from '../model/types';
import { Prose } from '../components/RichText';
import { SafeLink } from '../components/SafeLink';

function Contact({ basics }: { basics: BasicsView }) {
  const { email, phone, url, location, profiles } = basics;
  const hasAny = email || phone || url || location || profiles.length;
  if (!hasAny) return null;
  return (
    <ul class="cv-contact">
      {email ? <li><SafeLink href={email.href}>{email.label}</SafeLink></li> : null}
      {phone ? <li><SafeLink href={phone.href}>{phone.label}</SafeLink></li> : null}
      {url ? <li><SafeLink href={url.href}>{url.label}</SafeLink></li> : null}
      {location ? <li>{location}</li> : null}
      {profiles.map((profile, index) => (
        <li key={index}>
          {profile.network ? <span class="network">{profile.network}: </span> : null}
          <SafeLink href={profile.link.href}>{profile.link.label}</SafeLink>
        </li>
      ))}
    </ul>
  );
}

export function Basics({ basics, fallbackTitle }: { basics: BasicsView; fallbackTitle: string }) {
  return (
    <>
      <header class="cv-header">
        <div class="cv-identity">
          {basics.image ? <img class="cv-photo" src={basics.image} alt={basics.name} width={72} height={72} /> : null}
          <div>
            <h1 class="cv-name">{basics.name || fallbackTitle}</h1>
            {basics.label ? <p class="cv-label">{basics.label}</p> : null}
          </div>
        </div>
        <Contact basics={basics} />
      </header>
      <Prose class="cv-summary" value={basics.summary} />
    </>
  );
}
