// The `<meta>` of an Akoma Ntoso export: the FRBR identification in the form the UN gives its own
// resolutions (`/akn/un/statement/deliberation/unga/2019-12-18/74-157/`), read from the text.
import type { Organ, Resolution } from '../model';
import { isoOfWrittenDate } from '../text/months';
import { element, emptyElement } from './xml';

/** The deliberating body in the UN's FRBR URIs, as its own files name it (unga, unga-hrc, unsc, unecosoc). */
const BODY: Record<Organ, string> = {
  GA: 'unga',
  HRC: 'unga-hrc',
  SC: 'unsc',
  ECOSOC: 'unecosoc',
  // No UN file to copy from: the country level alone, so the URI stays well formed.
  other: 'un',
};

/** The TLCOrganization of each organ, with the href and name the UN's files give it. */
const AUTHOR: Record<Organ, { eId: string; href: string; showAs: string }> = {
  GA: { eId: 'ga', href: '/akn/ontology/organization/un/generalAssembly', showAs: 'General Assembly' },
  HRC: {
    eId: 'hrc',
    href: '/akn/ontology/organization/un/generalAssembly/humanRightsCouncil',
    showAs: 'Human Rights Council',
  },
  SC: { eId: 'sc', href: '/akn/ontology/organization/un/securityCouncil', showAs: 'Security Council' },
  ECOSOC: {
    eId: 'ecosoc',
    href: '/akn/ontology/organization/un/economicAndSocialCouncil',
    showAs: 'Economic and Social Council',
  },
  other: { eId: 'un', href: '/akn/ontology/organization/un', showAs: 'United Nations' },
};

/** The UN's own placeholder for a date it does not know (its files carry 0001-01-01 for those). */
export const UNKNOWN_DATE = '0001-01-01';

export interface Identity {
  organ: Organ;
  /** `/akn/un/statement/deliberation/unga/2019-12-18/74-157/` */
  workUri: string;
  adopted: string;
  published: string;
}

/** `74-157`, `1310-2000`, `2023-5`, `ES-10-24` from the number or the symbol; `draft` when the text has neither. */
function numberPart(model: Resolution): string {
  const written = model.title?.number?.text ?? symbolNumber(model.masthead?.symbol?.text);
  if (!written) return 'draft';
  return written
    .replace(/[()]/g, ' ')
    .trim()
    .replace(/[\s/]+/g, '-')
    .replace(/[^A-Za-z0-9-]/g, '');
}

function symbolNumber(symbol: string | undefined): string | undefined {
  const match = symbol ? /RES\/(.+?)(?:\s+[A-Z](?:-[A-Z])?)?$/.exec(symbol.trim()) : null;
  return match?.[1];
}

export function identityOf(model: Resolution): Identity {
  const adopted =
    isoOfWrittenDate(model.adoption?.date?.text) ??
    isoOfWrittenDate(model.closings[0]?.date?.text) ??
    isoOfWrittenDate(model.masthead?.date?.text) ??
    UNKNOWN_DATE;
  const published = isoOfWrittenDate(model.masthead?.date?.text) ?? adopted;
  const workUri = `/akn/un/statement/deliberation/${BODY[model.organ]}/${adopted}/${numberPart(model)}/`;
  return { organ: model.organ, workUri, adopted, published };
}

/** A part of a multi-part resolution (`74-92A`), or an annex (`!main/annex`), is the same work with a suffix. */
export function metaElement(
  identity: Identity,
  options: { component?: string; annex?: string; references?: boolean } = {},
): string {
  const base = options.component ? `${identity.workUri.slice(0, -1)}${options.component}/` : identity.workUri;
  const main = `!main${options.annex ? `/${options.annex}` : '/'}`;
  const author = AUTHOR[identity.organ];
  const frbr = (name: string, value: string): string => emptyElement(name, { value });
  const work = [
    frbr('FRBRthis', `${base}${main}`),
    frbr('FRBRuri', base),
    emptyElement('FRBRdate', { date: identity.adopted, name: 'adoption' }),
    emptyElement('FRBRauthor', { href: `#${author.eId}`, as: '#author' }),
    frbr('FRBRcountry', 'un'),
  ];
  const expression = [
    frbr('FRBRthis', `${base}eng@${main}`),
    frbr('FRBRuri', `${base}eng@/`),
    emptyElement('FRBRdate', { date: identity.published, name: 'publication' }),
    emptyElement('FRBRauthor', { href: `#${author.eId}`, as: '#issuer' }),
    emptyElement('FRBRlanguage', { language: 'eng' }),
  ];
  // The markup is dated like the publication rather than today: the same text exports to the same file.
  const manifestation = [
    frbr('FRBRthis', `${base}eng@/${main.replace(/\/$/, '')}.xml`),
    frbr('FRBRuri', `${base}eng@.xml`),
    emptyElement('FRBRdate', { date: identity.published, name: 'markup' }),
    emptyElement('FRBRauthor', { href: '#unres', as: '#editor' }),
  ];
  const identification = element(
    'identification',
    { source: '#unres' },
    element('FRBRWork', {}, work.join('')) +
      element('FRBRExpression', {}, expression.join('')) +
      element('FRBRManifestation', {}, manifestation.join('')),
  );
  const references = element(
    'references',
    { source: '#unres' },
    emptyElement('TLCOrganization', { eId: 'unres', href: '/akn/ontology/organization/unres', showAs: 'unres' }) +
      emptyElement('TLCOrganization', author) +
      emptyElement('TLCRole', { eId: 'author', href: '/akn/ontology/role/un/author', showAs: 'Author' }) +
      emptyElement('TLCRole', { eId: 'issuer', href: '/akn/ontology/role/un/issuer', showAs: 'Issuer' }) +
      emptyElement('TLCRole', { eId: 'editor', href: '/akn/ontology/role/un/editor', showAs: 'Editor' }),
  );
  // eIds are unique across the whole document, nested documents included: the references are
  // written once, in the outermost meta, and the nested ones point at them.
  return element('meta', {}, identification + (options.references === false ? '' : references));
}
