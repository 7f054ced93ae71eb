import type { ComponentChild } from 'preact';
import type { Labels } from '../../i18n';
import type { MetricsView, PublicationView, PublicationsView } from './view';
import type { AbstractDisplay } from '../../model/options';
import { authorList } from '../../elements/authors';
import { dateText } from '../../elements/dates';
import { entry, entryList } from '../../elements/entry';
import { highlights, links } from '../../elements/lists';
import { prose, richText } from '../../elements/richText';
import { safeLink } from '../../elements/safeLink';
import { mapped } from '../../arrays';

/**
 * Venue, details, publisher and award, " · " between them; the status badge; then links and the
 * citation count, each after a " · " when something comes before. Every part is written in place
 * (no list of parts to filter and interleave): a page of papers writes one line a paper.
 */
function venueLine(pub: PublicationView) {
  const { venue, venueDetail, publisher, award, status, citedBy } = pub;
  const hasLinks = pub.links.length > 0;
  const afterVenue = Boolean(venue);
  const afterDetail = afterVenue || Boolean(venueDetail);
  const afterPublisher = afterDetail || Boolean(publisher);
  const afterAward = afterPublisher || Boolean(award);
  const afterStatus = afterAward || Boolean(status);
  if (!afterStatus && !hasLinks && !citedBy) return null;
  return (
    <div class="entry-sub">
      {venue ? <span class="venue">{venue}</span> : null}
      {venueDetail ? (
        <>
          {afterVenue ? ' · ' : null}
          <span>{venueDetail}</span>
        </>
      ) : null}
      {publisher ? (
        <>
          {afterDetail ? ' · ' : null}
          <span>{publisher}</span>
        </>
      ) : null}
      {award ? (
        <>
          {afterPublisher ? ' · ' : null}
          <strong class="award">{award}</strong>
        </>
      ) : null}
      {status ? <span class="badge">{status}</span> : null}
      {hasLinks ? (
        <>
          {afterStatus ? ' · ' : null}
          {links(pub.links)}
        </>
      ) : null}
      {citedBy ? (
        <>
          {afterStatus || hasLinks ? ' · ' : null}
          <span class="cited-by">{citedBy}</span>
        </>
      ) : null}
    </div>
  );
}

/** The number is text in the entry ("[J3] Title"), so it survives copy and paste, PDF text and ATS parsers. */
function numbered(pub: PublicationView, title: ComponentChild) {
  return [<span class="pub-number">{pub.number}</span>, title ? ' ' : null, title];
}

/** The summary; it carries the number when the paper is a line of text without a title. */
function summaryOf(pub: PublicationView, numberHere: boolean) {
  if (!numberHere) return prose(pub.summary, 'entry-body');
  return <p class="entry-body">{numbered(pub, richText(pub.summary))}</p>;
}

/** In full, or in a <details> that is open on screen at a click and left out of print (see theme.css). */
function abstractOf(pub: PublicationView, display: AbstractDisplay, label: string) {
  if (!pub.abstract.length) return null;
  if (display === 'show') return <p class="abstract">{richText(pub.abstract)}</p>;
  return (
    <details class="abstract screen-only">
      <summary>{label}</summary>
      <p>{richText(pub.abstract)}</p>
    </details>
  );
}

/** The paper's BibTeX entry under a toggle; on screen only (see theme.css). */
function bibtexOf(pub: PublicationView, label: string) {
  if (!pub.bibtex) return null;
  return (
    <details class="bibtex screen-only">
      <summary>{label}</summary>
      <pre>
        <code>{pub.bibtex}</code>
      </pre>
    </details>
  );
}

function publication(pub: PublicationView, level: 3 | 4, display: AbstractDisplay, labels: Labels) {
  const title = safeLink(pub.href, pub.title || pub.venue, pub.titleMarkup && richText(pub.titleMarkup));
  const numberInSummary = Boolean(pub.number && !title && pub.summary.length);
  return entry(
    { level, title: pub.number && !numberInSummary ? numbered(pub, title) : title, when: dateText(pub.date) },
    authorList(pub.shownAuthors),
    venueLine(pub),
    summaryOf(pub, numberInSummary),
    highlights(pub.highlights),
    abstractOf(pub, display, labels.abstract),
    bibtexOf(pub, labels.bibtex),
  );
}

function metricsLine(metrics: MetricsView) {
  return <p class="pub-metrics">{mapped(metrics.line, ({ label, value }) => `${label}: ${value}`).join(' · ')}</p>;
}

export function Publications({ view, labels }: { view: PublicationsView; labels: Labels }) {
  // Each paper is built as its entry is written, and the legend names the marks of those written.
  const groups = mapped(view.groups, (group, groupIndex) => (
    <div key={groupIndex}>
      {group.heading ? <h3 class="group-heading">{group.heading}</h3> : null}
      {entryList(mapped(group.items, (paper) => publication(view.paper(paper), group.heading ? 4 : 3, view.abstracts, labels)))}
    </div>
  ));
  const legend = view.legend();
  return (
    <>
      {view.metrics ? metricsLine(view.metrics) : null}
      {groups}
      {legend.length ? (
        <p class="legend">
          {mapped(legend, (note) => (
            <span key={note.mark}>
              <sup>{note.mark}</sup> {note.meaning}
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}
