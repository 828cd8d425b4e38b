import fs from 'node:fs';
import { demoFiles } from '../../src/import/demo';
import { COOPERATION_RELATIONS } from '../../src/model/vocabulary';

/** The demo dataset read straight from its files: an independent oracle for what queries should return. */
export function demoOracle() {
  const docs = demoFiles().map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const entities: any[] = docs.flatMap((d) => d.entities ?? []);
  const relations: any[] = docs.flatMap((d) => d.relations ?? []);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = (id: string, type: string) =>
    relations.filter((r) => r.from === id && r.type === type).map((r) => r.to as string);
  /** Ids of the region and every region above it. */
  const regionAncestors = (id: string): string[] => [id, ...out(id, 'PART_OF').flatMap(regionAncestors)];
  /** Is entity `e` in region `region` (located in it or below it; a region: it or below it)? */
  const inRegion = (e: any, region: string) => {
    const starts = e.kind === 'Region' ? [e.id] : out(e.id, 'LOCATED_IN');
    return starts.some((s) => regionAncestors(s).includes(region));
  };
  const sectorAncestors = (id: string): string[] => [id, ...out(id, 'SUBSECTOR_OF').flatMap(sectorAncestors)];
  const inSector = (e: any, sector: string) => out(e.id, 'FOCUSES_ON').some((s) => sectorAncestors(s).includes(sector));
  // Which relation types count as cooperation is the model's definition (docs/model.md), not query logic to check.
  const degree = (id: string) =>
    relations.filter((r) => COOPERATION_RELATIONS.includes(r.type) && (r.from === id || r.to === id)).length;
  const ofKind = (kind: string) => entities.filter((e) => e.kind === kind);
  return { entities, relations, byId, inRegion, inSector, degree, ofKind };
}
