import { rel, slug, type EntityRec, type RelationRec } from './model';

/** A sector of the generated network: name, popularity weight, parent (index or -1), type, a short keyword. */
export interface SectorInfo {
  id: string;
  name: string;
  weight: number;
  parent: number;
  type: 'thematic-area' | 'smart-specialisation' | 'industry';
  keyword: string;
}

// name | weight | parent name | type (t thematic-area, s smart-specialisation, i industry) | keyword for names
const ROWS = [
  'Advanced Manufacturing|3||t|Manufacturing',
  'Energy|3||t|Energy',
  'Health and Life Sciences|3||t|Life Sciences',
  'ICT and Digital|3||t|Digital',
  'Mobility and Transport|2||t|Mobility',
  'Agri-Food|2||t|Agrifood',
  'Creative and Cultural Industries|1.5||t|Creative',
  'Construction and Built Environment|1.5||t|Construction',
  'Environment and Circular Economy|2||t|Circular',
  'Tourism|1.5||t|Tourism',
  'Materials and Chemistry|1.5||t|Chemistry',
  'Bioeconomy|1.5||t|Bioeconomy',
  'Robotics|1.5|Advanced Manufacturing|i|Robotics',
  'Additive Manufacturing|1|Advanced Manufacturing|i|3D Printing',
  'Industry 4.0|2||s|Industry 4.0',
  'Machinery and Equipment|1||i|Machinery',
  'Metalworking|1||i|Metal',
  'Photonics|0.8||i|Photonics',
  'Renewable Energy|2||s|Renewables',
  'Hydrogen|1.2|Energy|i|Hydrogen',
  'Energy Storage and Batteries|1|Energy|i|Battery',
  'Offshore Wind|0.6|Energy|i|Offshore Wind',
  'Smart Grids|0.8||i|Smart Grid',
  'Medical Devices|1.2|Health and Life Sciences|i|Medtech',
  'Biotechnology|1.2|Health and Life Sciences|i|Biotech',
  'Pharmaceuticals|1|Health and Life Sciences|i|Pharma',
  'Digital Health|1.2|Health and Life Sciences|s|eHealth',
  'Active and Healthy Ageing|0.6||s|Silver Economy',
  'Artificial Intelligence|1.8|ICT and Digital|s|AI',
  'Cybersecurity|1|ICT and Digital|i|Cyber',
  'Microelectronics and Semiconductors|0.8||i|Microelectronics',
  'Software and IT Services|1.5||i|Software',
  'Quantum Technologies|0.4|ICT and Digital|i|Quantum',
  'Fintech|0.6||i|Fintech',
  'Gaming|0.7||i|Games',
  'Automotive|1.5||i|Automotive',
  'Railway|0.6|Mobility and Transport|i|Rail',
  'Electromobility|1|Mobility and Transport|i|eMobility',
  'Aerospace|0.8||i|Aerospace',
  'Logistics|1.2||i|Logistics',
  'Maritime and Ports|0.7||i|Maritime',
  'Drones|0.5||i|Drone',
  'Food Processing|1.2||i|Food',
  'Smart Farming|0.9|Agri-Food|s|AgriTech',
  'Wine and Beverages|0.5||i|Wine',
  'Aquaculture and Fisheries|0.4|Agri-Food|i|Aquaculture',
  'Design|0.7||i|Design',
  'Film and Audiovisual Media|0.6||i|Film',
  'Textiles and Fashion|0.7||i|Textile',
  'Smart Cities|1.2|Construction and Built Environment|s|Smart City',
  'Wood and Furniture|0.7||i|Wood',
  'Energy-Efficient Buildings|0.8||i|Green Building',
  'Water Technologies|0.7||i|Water',
  'Waste and Recycling|0.8|Environment and Circular Economy|i|Recycling',
  'Clean Technologies|1.2||s|Cleantech',
  'Cultural Heritage|0.6||i|Heritage',
  'Health and Wellness Tourism|0.5|Tourism|i|Wellness',
  'Plastics|0.6||i|Plastics',
  'Advanced Materials|1||s|Materials',
  'Space|0.5||i|Space',
];

/** The ~60 sectors, in a fixed order. */
export const SECTORS: SectorInfo[] = ROWS.map((row) => {
  const [name, weight, parent, t, keyword] = row.split('|');
  const type = t === 't' ? 'thematic-area' : t === 's' ? 'smart-specialisation' : 'industry';
  return {
    id: `sector-${slug(name)}`,
    name,
    weight: Number(weight),
    parent: parent ? ROWS.findIndex((r) => r.startsWith(`${parent}|`)) : -1,
    type,
    keyword,
  };
});

/** Sector entities. */
export function* sectorEntities(): Generator<EntityRec> {
  for (const s of SECTORS) yield { record: 'entity', kind: 'Sector', id: s.id, name: s.name, sectorType: s.type };
}

/** SUBSECTOR_OF links of the sector hierarchy. */
export function* sectorRelations(): Generator<RelationRec> {
  for (const s of SECTORS) if (s.parent >= 0) yield rel('SUBSECTOR_OF', s.id, SECTORS[s.parent].id);
}
