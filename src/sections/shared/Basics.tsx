import type { Labels } from '../../i18n';
import type { BasicsView } from '../../model/basics';
import { dateText } from '../../elements/dates';
import { prose } from '../../elements/richText';
import { safeLink } from '../../elements/safeLink';
import { mapped } from '../../arrays';

function contact(basics: BasicsView) {
  const { email, phone, url, location, personal, profiles } = basics;
  const hasAny = email || phone || url || location || personal.length || profiles.length;
  if (!hasAny) return null;
  return (
    <ul class="cv-contact">
      {email ? <li>{safeLink(email.href, email.label)}</li> : null}
      {phone ? <li>{safeLink(phone.href, phone.label)}</li> : null}
      {url ? <li>{safeLink(url.href, url.label)}</li> : null}
      {location ? <li>{location}</li> : null}
      {mapped(personal, (detail, index) => (
        <li key={index}>
          <span class="detail-label">{detail.label}: </span>
          {dateText(detail)}
        </li>
      ))}
      {mapped(profiles, (profile, index) => (
        <li key={index}>
          {profile.network ? <span class="network">{profile.network}: </span> : null}
          {safeLink(profile.link.href, profile.link.label)}
        </li>
      ))}
    </ul>
  );
}

function interestLine(interests: string[], label: string) {
  if (!interests.length) return null;
  return (
    <p class="cv-interests">
      <span class="detail-label">{label}: </span>
      {interests.join(', ')}
    </p>
  );
}

/** The header: name, label, contact details and profiles; then the summary and research interests. */
export function basicsHeader(basics: BasicsView, labels: Labels) {
  return (
    <>
      <header class="cv-header">
        <div class="cv-identity">
          {basics.image ? <img class="cv-photo" src={basics.image} alt={basics.name} width={72} height={72} /> : null}
          <div>
            <h1 class="cv-name">
              {basics.heading}
              {basics.nativeName ? (
                <>
                  {' '}
                  <span class="cv-native-name" lang={basics.nativeName.lang}>
                    {basics.nativeName.text}
                  </span>
                </>
              ) : null}
            </h1>
            {basics.label ? <p class="cv-label">{basics.label}</p> : null}
          </div>
        </div>
        {contact(basics)}
      </header>
      {prose(basics.summary, 'cv-summary')}
      {interestLine(basics.interests, labels.researchInterests)}
    </>
  );
}
