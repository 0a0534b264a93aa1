import ChecklistPrompt from './ChecklistPrompt.astro';
import Cite from './Cite.astro';
import Table from './Table.astro';
import Term from './Term.astro';
import CareList from '../checklist/CareList.astro';
import ClaimedUses from '../evidence/ClaimedUses.astro';
import EvidenceMap from '../evidence/EvidenceMap.astro';
import Picture from '../pictures/Picture.astro';

/** Components every article may use in its MDX without importing them. */
export const articleComponents = { CareList, ChecklistPrompt, Cite, Term, ClaimedUses, EvidenceMap, Picture, table: Table };
