/** The kinds of body whose minutes are generated: names, offices, organisations and agenda titles. All invented. */
import type { Rng } from './prng.js';

export const BODY_KINDS = [
  'police-crime-panel', 'nhs-trust-board', 'parish-council', 'town-council', 'school-governors',
  'charity-trustees', 'housing-association', 'oss-steering', 'standards-working-group',
  'us-city-council', 'us-nonprofit-board',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface Body {
  kind: BodyKind;
  name: string;
  us: boolean;
  /** Offices held by members (first ones go to the first members). */
  memberRoles: string[];
  /** Officers and staff: role and, sometimes, the organisation they come from. */
  officers: { role: string; organisation: string | null }[];
  /** Organisations members may represent; empty when members represent none. */
  organisations: string[];
  /** Prefix for council-coded minute numbers (`PCP/15/38`). */
  code: string;
  titles: string[];
}

const PLACES = ['Westmarch', 'Stowbridge', 'Ashgrove', 'Millbrook', 'Fenmoor', 'Kingsbridge', 'Northvale', 'Brightholme',
  'Harrowfield', 'Elmstead', 'Corrin Vale', 'Oakhurst', 'Redwater', 'Thornbury Cross', 'Lowick', 'Pellingham'];
const US_PLACES = ['Ashby Falls', 'Cedar Ridge', 'Maple Hollow', 'Port Garnet', 'Willow Bend', 'Tri-County'];
const PROJECTS = ['Lumenfold', 'Quillstone', 'Brackenbridge', 'Nimbleweave', 'Ferrocarta', 'Tidewright'];
const TOPICS = ['Verifiable Ledger Formats', 'Web Captioning', 'Open Transit Feeds', 'Calendar Interchange'];
const COMPANIES = ['Nordlys Data', 'Hale and Mercer Analytics', 'Corvid Labs', 'Tessellate Systems', 'Independent', 'Quayside Software'];

const COMMON_TITLES = ['Declarations of interest', 'Minutes of the previous meeting', 'Matters arising', 'Finance report',
  'Risk register', 'Safeguarding', 'Health and safety', 'Correspondence', 'Governance review', 'Any other business',
  'Date of next meeting', 'Annual budget 2015/16', 'Policy review: whistleblowing', 'Staffing update'];

const SPECIFIC: Record<BodyKind, string[]> = {
  'police-crime-panel': ["Police and Crime Commissioner's update", 'Precept proposal', 'Complaints against the Commissioner',
    'Police and Crime Plan delivery', 'Work programme'],
  'nhs-trust-board': ["Chief Executive's report", 'Quality and performance report', 'Board assurance framework',
    'Estates strategy', 'Patient story', 'Guardian of safe working report'],
  'parish-council': ['Public participation', 'Planning applications', 'Play area inspection', 'Footpaths and verges', "Clerk's report"],
  'town-council': ['Public participation', 'Planning', 'Bus shelter, Mill Road', "Town Mayor's announcements", 'Allotments'],
  'school-governors': ["Headteacher's report", 'Pupil premium strategy', 'Link governor visits', 'Admissions policy', 'Training'],
  'charity-trustees': ["Chief Executive's report", 'Volunteering', 'Fundraising strategy', 'Shop lease renewal', 'Reserves policy'],
  'housing-association': ['Tenant scrutiny panel report', 'Damp and mould programme', 'Development pipeline', 'Rent setting 2016/17'],
  'oss-steering': ['Release planning', 'CI costs and sponsorship', 'Maintainer nominations', 'Roadmap check-in', 'Security advisories'],
  'standards-working-group': ['Issue triage', 'Test suite coverage', 'Charter renewal', 'Horizontal review feedback', 'Editor updates'],
  'us-city-council': ['Call to Order', 'Pledge of Allegiance', 'Consent Agenda', 'Public Comment', 'Zoning Ordinance Amendment',
    'Adjournment'],
  'us-nonprofit-board': ['Call to Order', "Executive Director's Report", 'Finance Committee Report', 'Strategic Plan Progress',
    'Other Business and Adjournment'],
};

/** Draws a body of the given kind with an invented name. */
export function createBody(kind: BodyKind, rng: Rng): Body {
  const place = rng.pick(PLACES);
  const usPlace = rng.pick(US_PLACES);
  const titles = [...SPECIFIC[kind], ...COMMON_TITLES];
  const base = { kind, us: false, organisations: [] as string[], titles };
  switch (kind) {
    case 'police-crime-panel':
      return { ...base, name: `${place} Police and Crime Panel`, code: 'PCP',
        memberRoles: ['Chairman', 'Vice-Chairman', 'Independent Co-opted Member'],
        officers: [{ role: 'Police and Crime Commissioner', organisation: null },
          { role: 'Chief Executive', organisation: 'Office of the Police and Crime Commissioner' },
          { role: 'Chief Finance Officer', organisation: 'Office of the Police and Crime Commissioner' },
          { role: 'Assistant Chief Constable', organisation: `${place} Police` },
          { role: 'Democratic Services Officer', organisation: `${place} County Council` }] };
    case 'nhs-trust-board':
      return { ...base, name: rng.pick([`${place} NHS Foundation Trust Board of Directors`, `${place} Hospitals NHS Trust Board`]),
        code: 'TB', memberRoles: ['Chair', 'Chief Executive', 'Non-Executive Director', 'Medical Director', 'Director of Nursing'],
        organisations: [`${place} Hospitals NHS Trust`, `NHS ${place} ICB`, `Healthwatch ${place}`],
        officers: [{ role: 'Company Secretary', organisation: null }, { role: 'Head of Communications', organisation: null },
          { role: 'Guardian of Safe Working', organisation: null }] };
    case 'parish-council':
      return { ...base, name: `${place} Parish Council`, code: 'PC', memberRoles: ['Chairman', 'Vice-Chairman'],
        officers: [{ role: 'Clerk', organisation: null }, { role: 'Responsible Financial Officer', organisation: null },
          { role: 'District Councillor', organisation: `${place} District Council` }] };
    case 'town-council':
      return { ...base, name: `${place} Town Council`, code: 'TC', memberRoles: ['Town Mayor', 'Deputy Mayor'],
        officers: [{ role: 'Town Clerk', organisation: null }, { role: 'Deputy Town Clerk', organisation: null },
          { role: 'County Councillor', organisation: null }] };
    case 'school-governors':
      return { ...base, name: rng.pick([`${place} Primary School Governing Body`, `${place} Academy Local Governing Body`]),
        code: 'FGB', memberRoles: ['Chair', 'Vice Chair', 'Headteacher', 'Staff Governor', 'Parent Governor'],
        officers: [{ role: 'Clerk', organisation: null }, { role: 'School Business Manager', organisation: null },
          { role: 'Trust Director of Education', organisation: `${place} Learning Trust` }] };
    case 'charity-trustees':
      return { ...base, name: `${place} Riverside Trust Board of Trustees`, code: 'BT', memberRoles: ['Chair', 'Treasurer', 'Vice-Chair'],
        officers: [{ role: 'Chief Executive', organisation: null }, { role: 'Finance and Operations Manager', organisation: null },
          { role: 'Governance Officer', organisation: null }] };
    case 'housing-association':
      return { ...base, name: `${place} Housing Association Board`, code: 'HA',
        memberRoles: ['Chair', 'Vice Chair', 'Tenant Board Member', 'Senior Independent Director'],
        officers: [{ role: 'Chief Executive', organisation: null }, { role: 'Director of Housing', organisation: null },
          { role: 'Head of Governance', organisation: null }, { role: 'Auditor', organisation: 'Greyfriars Audit LLP' }] };
    case 'oss-steering': {
      const project = rng.pick(PROJECTS);
      return { ...base, name: rng.pick([`${project} Technical Steering Committee`, `${project} Steering Committee`]), code: 'TSC',
        memberRoles: ['Chair', 'Release Manager', 'Scribe'], organisations: COMPANIES,
        officers: [{ role: 'Community Manager', organisation: `${project} Foundation` }] };
    }
    case 'standards-working-group':
      return { ...base, name: `${rng.pick(TOPICS)} Working Group`, code: 'WG', memberRoles: ['Chair', 'Editor', 'Co-chair'],
        organisations: COMPANIES, officers: [{ role: 'Staff Contact', organisation: null }] };
    case 'us-city-council':
      return { ...base, us: true, name: `City of ${usPlace} City Council`, code: 'CC',
        memberRoles: ['Mayor', 'Mayor Pro Tem'],
        officers: [{ role: 'City Manager', organisation: null }, { role: 'City Clerk', organisation: null },
          { role: 'City Attorney', organisation: null }, { role: 'Fire Chief', organisation: `${usPlace} Fire Department` }] };
    case 'us-nonprofit-board':
      return { ...base, us: true, name: `${usPlace} Coalition Against Domestic Violence Board of Directors`, code: 'BD',
        memberRoles: ['President', 'Vice President', 'Treasurer', 'Secretary'],
        officers: [{ role: 'Executive Director', organisation: null }, { role: 'Director of Programs', organisation: null },
          { role: 'Finance Manager', organisation: null }] };
  }
}

/** Honorifics by honorific dimension value: one spelling per meeting, as a roll keeps to one style. */
export const HONORIFICS: Record<string, string[]> = {
  'Cllr': ['Cllr'],
  'Cllr.': ['Cllr.'],
  'Councillor': ['Councillor'],
  'Coun.': ['Coun.'],
  'Cr': ['Cr'],
  'Mr/Mrs/Ms': ['Mr', 'Mrs', 'Ms'],
  'Mr./Mrs./Ms.': ['Mr.', 'Mrs.', 'Ms.'],
  'Dr': ['Dr', 'Dr.'],
  'Prof': ['Prof', 'Professor'],
  'clergy': ['Rev', 'Revd', 'Rev.', 'Canon'],
  'police-ranks': ['Chief Superintendent', 'Inspector', 'Sergeant', 'Chief Constable'],
  'fire-ranks': ['Battalion Chief', 'Chief', 'Captain'],
  'Officer': ['Officer'],
};
