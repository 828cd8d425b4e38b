/**
 * Static facts the generator builds on: 30 European countries (ISO code, English and native name,
 * population in millions, area in thousand km², an innovation factor, a naming style, company legal
 * forms, the capital and the real first-level regions, `*` marking the capital region), the land
 * borders between them, and syllables for plausible town names in each naming style.
 */

export interface CountryInfo {
  code: string;
  name: string;
  native: string;
  popM: number;
  areaK: number;
  innovation: number;
  style: string;
  legalForms: string[];
  capital: string;
  capitalAlias?: string;
  regions: string[];
  capitalRegion: number;
}

// code | English | native | pop M | area 1000 km² | innovation | style | legal forms | capital[/English] | regions
const COUNTRY_ROWS = [
  'AT|Austria|Österreich|9.1|83.9|1.15|de|GmbH,AG|Wien/Vienna|Burgenland,Kärnten,Niederösterreich,Oberösterreich,Salzburg,Steiermark,Tirol,Vorarlberg,*Wien',
  'BE|Belgium|België|11.8|30.7|1.3|nl|NV,SRL,BV|Bruxelles/Brussels|*Bruxelles-Capitale,Vlaanderen,Wallonie',
  'BG|Bulgaria|България|6.4|111|0.45|bg|OOD,EOOD,AD|Sofia|Severozapaden,Severen tsentralen,Severoiztochen,Yugoiztochen,*Yugozapaden,Yuzhen tsentralen',
  'HR|Croatia|Hrvatska|3.9|56.6|0.6|sl|d.o.o.,d.d.|Zagreb|Panonska Hrvatska,Jadranska Hrvatska,*Grad Zagreb,Sjeverna Hrvatska',
  'CY|Cyprus|Κύπρος|0.93|9.3|0.85|gr|Ltd|Lefkosia/Nicosia|*Kypros',
  'CZ|Czechia|Česko|10.9|78.9|0.85|cz|s.r.o.,a.s.|Praha/Prague|*Praha,Středočeský kraj,Jihočeský kraj,Plzeňský kraj,Karlovarský kraj,Ústecký kraj,Liberecký kraj,Královéhradecký kraj,Pardubický kraj,Kraj Vysočina,Jihomoravský kraj,Olomoucký kraj,Zlínský kraj,Moravskoslezský kraj',
  'DK|Denmark|Danmark|5.9|42.9|1.4|nordic|A/S,ApS|København/Copenhagen|*Hovedstaden,Sjælland,Syddanmark,Midtjylland,Nordjylland',
  'EE|Estonia|Eesti|1.37|45.3|0.95|ee|OÜ,AS|Tallinn|*Harjumaa,Tartumaa,Ida-Virumaa,Pärnumaa,Lääne-Virumaa',
  'FI|Finland|Suomi|5.6|338.5|1.4|fi|Oy,Oyj|Helsinki|*Helsinki-Uusimaa,Etelä-Suomi,Länsi-Suomi,Pohjois- ja Itä-Suomi,Åland',
  'FR|France|France|68.2|551.7|1.1|fr|SAS,SA,SARL|Paris|Auvergne-Rhône-Alpes,Bourgogne-Franche-Comté,Bretagne,Centre-Val de Loire,Corse,Grand Est,Hauts-de-France,*Île-de-France,Normandie,Nouvelle-Aquitaine,Occitanie,Pays de la Loire,Provence-Alpes-Côte d’Azur',
  'DE|Germany|Deutschland|84.4|357.6|1.2|de|GmbH,AG,GmbH & Co. KG,SE|Berlin|Baden-Württemberg,Bayern,*Berlin,Brandenburg,Bremen,Hamburg,Hessen,Mecklenburg-Vorpommern,Niedersachsen,Nordrhein-Westfalen,Rheinland-Pfalz,Saarland,Sachsen,Sachsen-Anhalt,Schleswig-Holstein,Thüringen',
  'GR|Greece|Ελλάδα|10.4|132|0.65|gr|S.A.,IKE|Athina/Athens|Anatoliki Makedonia kai Thraki,Kentriki Makedonia,Dytiki Makedonia,Ipeiros,Thessalia,Ionia Nisia,Dytiki Ellada,Sterea Ellada,*Attiki,Peloponnisos,Voreio Aigaio,Notio Aigaio,Kriti',
  'HU|Hungary|Magyarország|9.6|93|0.65|hu|Kft.,Zrt.|Budapest|*Budapest,Pest,Közép-Dunántúl,Nyugat-Dunántúl,Dél-Dunántúl,Észak-Magyarország,Észak-Alföld,Dél-Alföld',
  'IE|Ireland|Éire|5.3|70.3|1.1|en|Ltd,DAC|Dublin|Northern and Western,Southern,*Eastern and Midland',
  'IT|Italy|Italia|59|302.1|0.85|it|S.r.l.,S.p.A.|Roma/Rome|Abruzzo,Basilicata,Calabria,Campania,Emilia-Romagna,Friuli-Venezia Giulia,*Lazio,Liguria,Lombardia,Marche,Molise,Piemonte,Puglia,Sardegna,Sicilia,Toscana,Trentino-Alto Adige,Umbria,Valle d’Aosta,Veneto',
  'LV|Latvia|Latvija|1.88|64.6|0.6|lv|SIA,AS|Rīga/Riga|*Rīga,Pierīga,Vidzeme,Kurzeme,Zemgale,Latgale',
  'LT|Lithuania|Lietuva|2.86|65.3|0.75|lt|UAB,AB|Vilnius|Alytaus apskritis,Kauno apskritis,Klaipėdos apskritis,Marijampolės apskritis,Panevėžio apskritis,Šiaulių apskritis,Tauragės apskritis,Telšių apskritis,Utenos apskritis,*Vilniaus apskritis',
  'LU|Luxembourg|Lëtzebuerg|0.66|2.6|1.15|fr|S.à r.l.,S.A.|Luxembourg|*District de Luxembourg,District de Diekirch,District de Grevenmacher',
  'MT|Malta|Malta|0.54|0.32|0.8|mt|Ltd|Valletta|*Malta,Gozo and Comino',
  'NL|Netherlands|Nederland|17.9|41.9|1.35|nl|B.V.,N.V.|Amsterdam|Groningen,Fryslân,Drenthe,Overijssel,Flevoland,Gelderland,Utrecht,*Noord-Holland,Zuid-Holland,Zeeland,Noord-Brabant,Limburg',
  'PL|Poland|Polska|36.7|312.7|0.65|pl|Sp. z o.o.,S.A.|Warszawa/Warsaw|Dolnośląskie,Kujawsko-Pomorskie,Lubelskie,Lubuskie,Łódzkie,Małopolskie,*Mazowieckie,Opolskie,Podkarpackie,Podlaskie,Pomorskie,Śląskie,Świętokrzyskie,Warmińsko-Mazurskie,Wielkopolskie,Zachodniopomorskie',
  'PT|Portugal|Portugal|10.5|92.2|0.85|pt|Lda.,S.A.|Lisboa/Lisbon|Norte,Centro,*Área Metropolitana de Lisboa,Alentejo,Algarve,Região Autónoma dos Açores,Região Autónoma da Madeira',
  'RO|Romania|România|19|238.4|0.4|ro|S.R.L.,S.A.|București/Bucharest|Nord-Vest,Centru,Nord-Est,Sud-Est,Sud-Muntenia,*București-Ilfov,Sud-Vest Oltenia,Vest',
  'SK|Slovakia|Slovensko|5.4|49|0.6|cz|s.r.o.,a.s.|Bratislava|*Bratislavský kraj,Trnavský kraj,Trenčiansky kraj,Nitriansky kraj,Žilinský kraj,Banskobystrický kraj,Prešovský kraj,Košický kraj',
  'SI|Slovenia|Slovenija|2.12|20.3|0.9|sl|d.o.o.,d.d.|Ljubljana|Vzhodna Slovenija,*Zahodna Slovenija',
  'ES|Spain|España|48.1|506|0.85|es|S.L.,S.A.|Madrid|Andalucía,Aragón,Principado de Asturias,Illes Balears,Canarias,Cantabria,Castilla y León,Castilla-La Mancha,Cataluña,Comunitat Valenciana,Extremadura,Galicia,*Comunidad de Madrid,Región de Murcia,Comunidad Foral de Navarra,País Vasco,La Rioja',
  'SE|Sweden|Sverige|10.5|450.3|1.45|nordic|AB|Stockholm|*Stockholm,Östra Mellansverige,Småland med öarna,Sydsverige,Västsverige,Norra Mellansverige,Mellersta Norrland,Övre Norrland',
  'NO|Norway|Norge|5.5|385.2|1.2|nordic|AS,ASA|Oslo|*Oslo,Viken,Innlandet,Vestfold og Telemark,Agder,Rogaland,Vestland,Møre og Romsdal,Trøndelag,Nordland,Troms og Finnmark',
  'CH|Switzerland|Schweiz|8.8|41.3|1.6|de|AG,GmbH,SA|Bern|Région lémanique,*Espace Mittelland,Nordwestschweiz,Zürich,Ostschweiz,Zentralschweiz,Ticino',
  'GB|United Kingdom|United Kingdom|67.6|242.5|1.2|en|Ltd,plc|London|North East,North West,Yorkshire and the Humber,East Midlands,West Midlands,East of England,*London,South East,South West,Wales,Scotland,Northern Ireland',
];

/** The 30 countries, in a fixed order. */
export const COUNTRIES: CountryInfo[] = COUNTRY_ROWS.map((row) => {
  const [code, name, native, popM, areaK, innovation, style, legal, capital, regions] = row.split('|');
  const names = regions.split(',');
  const [cap, capAlias] = capital.split('/');
  return {
    code,
    name,
    native,
    popM: Number(popM),
    areaK: Number(areaK),
    innovation: Number(innovation),
    style,
    legalForms: legal.split(','),
    capital: cap,
    capitalAlias: capAlias,
    regions: names.map((r) => r.replace('*', '')),
    capitalRegion: Math.max(
      0,
      names.findIndex((r) => r.startsWith('*')),
    ),
  };
});

/** Pairs of countries with a land border (or a fixed link), as ISO codes. */
export const LAND_BORDERS = (
  'AT-DE AT-CZ AT-SK AT-HU AT-SI AT-IT AT-CH BE-FR BE-LU BE-DE BE-NL BG-RO BG-GR HR-SI HR-HU CZ-DE CZ-PL CZ-SK DK-DE DK-SE ' +
  'EE-LV FI-SE FI-NO FR-LU FR-DE FR-CH FR-IT FR-ES FR-GB DE-NL DE-LU DE-CH DE-PL HU-SK HU-RO HU-SI IE-GB IT-CH IT-SI LV-LT ' +
  'LT-PL PL-SK PT-ES SE-NO'
)
  .split(' ')
  .map((p) => p.split('-') as [string, string]);

interface Style {
  prefixes: string[];
  roots: string[];
  suffixes: string[];
}

// style: prefixes | roots | suffixes (a prefix ending in a letter is glued to the root)
const STYLE_ROWS: Record<string, string> = {
  de: 'Bad ,Neu,Alt,Ober,Unter,Groß,Sankt |Ber,Stein,Wald,Hohen,Lin,Kirch,Mar,Fried,Wolf,Els,Hil,Rosen,Eich,Buch,Lauf,Ried,Horn,Sonn,Mühl,Brunn|burg,dorf,heim,hausen,feld,stadt,bach,berg,ingen,au,furt,hagen,brück,weiler,rode,lingen',
  nl: 'Oud-,Nieuw-,Sint-|Zwa,Ap,Har,Ley,Bre,Hoog,Dor,Wa,Ros,Gel,Ven,Eind,Wester,Hil,Alk,Zut,Del,Lee,Mech,Kor|dam,drecht,hoven,voort,veen,wijk,gem,hout,zande,meer,sum,horst,broek,kerk,elen,rijk',
  fr: 'Saint-,Mont,Beau,La ,Le ,Ville|Bour,Char,Val,Cham,Roche,Lan,Mar,Pont,Cler,Gre,Ren,Tou,Vien,Bel,Ste,Lor,Sau,Ange|ville,court,ac,ay,mont,bourg,igny,eux,ières,ans,oble,on,-sur-Loire,-les-Bains,-en-Provence,ard',
  it: 'San ,Monte,Castel,Borgo ,Santa |Roc,Pie,Fio,Mon,Val,Ter,Cer,Lu,Ber,Cas,Ro,Ca,Mar,Bel,Tor,Ver,Fer,Po|vecchio,ano,ella,ino,ara,enza,ate,ona,franco,nuovo,ago,ello,asco,iglia,eto,ola',
  es: 'San ,Villa,Torre,Puerto ,Santa |Mon,Val,Cas,Bena,Alme,Gra,Tole,Sego,Cór,Za,Bur,Ovi,Lor,Cue,Mál,Ali,Ter,Hue|franca,ria,dolid,ena,ejo,al,osa,illa,ares,ca,nada,do,ente,ga,jo,rrubia',
  pt: 'São ,Vila ,Santa ,Torres ,Porto |Bra,Coim,Ave,Vi,Fa,Lei,Gui,Se,Ta,Cas,Al,Mon,Por,Evo,Ama,Ber|ga,bra,iro,seu,ro,ria,marães,túbal,vira,cais,mada,tão,alegre,ra',
  pl: 'Nowy ,Stary ,Nowa ,Stara |Biał,Wol,Kro,Gor,Lub,Ost,Ząb,Sos,Prze,Tar,Kal,Rad,Gło,Pi,Bo,Chrza,Łom,Zgo,Brze,Wad|ów,owo,ice,sk,ewo,no,ki,ków,nica,in,ogard,zyn,any,ęcin,ów Śląski',
  cz: 'Nové ,Staré ,Horní ,Dolní |Hrad,Brod,Kost,Lip,Dub,Bys,Hol,Pra,Strak,Zl,Kla,Tá,Pís,Tře,Vsa,Jič,Kro,Bla,Lev|ov,ice,any,ín,ec,ná,ová,nice,čany,ník,ovce,ín nad Váhom',
  nordic:
    'Nørre ,Øster ,Väster ,Norr ,Söder |Lund,Sten,Berg,Fjell,Vik,Hel,Sol,Sand,Skog,Øst,Tro,Upp,Ör,Lil,Hå,Kri,Ås,Gjø,Nes|holm,by,vik,stad,berg,sund,köping,havn,dal,fors,rup,sala,ås,vika,hamn',
  fi: '|Jär,Tam,Kuo,Lah,Hä,Ou,Vaa,Kok,Rau,Sei,Joen,Ro,Lap,Kaja,Sa,Sal,Mik|venpää,pere,pio,ti,meenlinna,lu,sa,kola,ma,näjoki,suu,vaniemi,peenranta,ani,mi,nen',
  ee: '|Tal,Tar,Pär,Vil,Raa,Rak,Kur,Võ,Ha,Jõ,Pai,Kei,Saa,Val,Kär|tu,nu,jandi,pe,vere,essaare,ru,psalu,geva,de,la,ma,küla',
  lv: '|Jel,Cēs,Val,Ven,Rē,Tu,Ludz,Sal,Ogr,Bau,Dobe,Kul,Lim,Sig,Mad|gava,is,miera,tspils,zekne,kums,a,ska,dze,le,bazi,ene,ciems,pils',
  lt: '|Kė,Pan,Šiau,Aly,Mari,Ute,Tel,Jona,Ukmer,Drus,Pala,Plun,Trak,Kaiš|dainiai,evėžys,liai,tus,jampolė,na,šiai,va,gė,kininkai,nga,ai,ys,iadorys',
  hu: 'Nagy,Kis,Új,Szent|Szé,Deb,Kecs,Ny,Mis,Pé,Eger,Szom,Vesz,Zala,Kapo,Baj,Gyu,Sop,Tata,Hat,Sió,Cegl|kes,recen,kemét,íregyháza,kolc,vár,falu,háza,hely,halom,egerszeg,szeg,bánya,ron,lak,fok',
  ro: 'Baia ,Satu ,Râmnicu ,Târgu |Cra,Sib,Bra,Con,Tim,Ora,Ia,Plo,Ga,Pi,Deva,Tur,Foc,Bu,Slo,Zal,Me|iova,iu,șov,stanța,ișoara,dea,și,iești,lați,tești,a,șani,zău,dia,ești',
  bg: 'Gorna ,Dolna ,Stara ,Nova |Plov,Var,Bur,Ru,Ple,Sli,Has,Ka,Pa,Gab,Do,Vra,Mon,Loves,Kyu,Yam|div,na,gas,se,ven,skovo,rovo,bol,tsa,ch,stendil,ovo,grad,zardzhik',
  sl: 'Novi ,Novo ,Gornja ,Donja |Spl,Ri,Osi,Za,Pu,Ka,Var,Ko,Mari,Ce,Kra,Ptu,Ve,Škof,Ja,Bje,Vu|it,jeka,jek,dar,la,rlovac,aždin,per,bor,lje,nj,mesto,j,lenje,stog,lovar,kovar',
  gr: 'Agios ,Nea ,Ano ,Kato ,Palaia |Kala,Ther,Lar,Ioan,Pat,Kav,Chal,Vol,Ser,Dra,Kor,Xan,Kom,Tri,Rod,Cha,Lam,Ag|mata,ssa,issa,nina,ras,ala,polis,kastro,chori,ki,os,inthos,thi,otini,kala,nia,ia,rinio',
  en: 'North ,South ,East ,West ,Upper ,Little ,Bally,Kil|Ash,Brad,Chester,Kings,Nor,Wey,Mar,Stan,Hal,Mil,Dun,Gal,Lis,Car,Wick,Bel,Roth,Pres|ford,ton,bridge,ham,field,mouth,wick,bury,more,ley,by,well,stead,worth,down,castle',
  mt: 'Ħal |Birk,Mo,Qor,Zab,Zeb,Sli,Naxx,Mar,Gżi,Fgu,Xagħ,Rab,Siġ|irkara,sta,mi,bar,bug,ema,xlokk,sieħ,ra,at,ewi,ar',
};

/** Syllables of each naming style. */
export const STYLES: Record<string, Style> = Object.fromEntries(
  Object.entries(STYLE_ROWS).map(([k, row]) => {
    const [p, r, s] = row.split('|');
    return [k, { prefixes: p ? p.split(',') : [], roots: r.split(','), suffixes: s.split(',') }];
  }),
);

/** Real EU programme names per programming period (2007–2013, 2014–2020, 2021–2027). */
export const EU_PROGRAMMES: string[][] = [
  [
    'FP7',
    'Competitiveness and Innovation Framework Programme',
    'Interreg IVB Central Europe',
    'Interreg IVC',
    'Lifelong Learning Programme',
    'LIFE+',
    'South East Europe Transnational Cooperation Programme',
    'Baltic Sea Region Programme',
  ],
  [
    'Horizon 2020',
    'COSME',
    'Interreg Central Europe',
    'Interreg Europe',
    'Interreg Baltic Sea Region',
    'Interreg Danube',
    'Erasmus+',
    'LIFE',
    'Creative Europe',
  ],
  [
    'Horizon Europe',
    'Digital Europe Programme',
    'Single Market Programme',
    'Interreg Central Europe',
    'Interreg Europe',
    'Interreg Baltic Sea Region',
    'LIFE',
    'Erasmus+',
    'EU4Health',
    'Connecting Europe Facility',
    'European Innovation Council Accelerator',
  ],
];

/** The three programming periods: first and last year. */
export const PERIODS: [number, number][] = [
  [2007, 2013],
  [2014, 2020],
  [2021, 2027],
];

/** EU-level bodies placed in the Brussels region: name, acronym, orgType. */
export const EU_BODIES: [string, string, 'public-authority' | 'funder'][] = [
  ['European Commission', 'EC', 'public-authority'],
  ['European Innovation Council and SMEs Executive Agency', 'EISMEA', 'funder'],
  ['European Research Executive Agency', 'REA', 'funder'],
];
