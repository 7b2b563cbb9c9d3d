import { PROVINCES, type Province } from '@zorgwaardering/core';

export interface Place {
  postcode: string;
  municipality: string;
  province: Province;
}

/**
 * Real postcodes with the municipality they belong to (after the mergers of 1 January 2025;
 * merged municipalities such as Kruibeke, Melle or Borsbeek are left out). Big cities have
 * several postcodes, which makes them more likely to be drawn.
 */
const POSTCODES: Record<Province, readonly (readonly [string, string])[]> = {
  antwerpen: [
    ['2000', 'Antwerpen'], ['2018', 'Antwerpen'], ['2060', 'Antwerpen'], ['2100', 'Antwerpen'],
    ['2140', 'Antwerpen'], ['2170', 'Antwerpen'], ['2600', 'Antwerpen'], ['2610', 'Antwerpen'],
    ['2660', 'Antwerpen'], ['2800', 'Mechelen'], ['2300', 'Turnhout'], ['2200', 'Herentals'],
    ['2400', 'Mol'], ['2440', 'Geel'], ['2500', 'Lier'], ['2550', 'Kontich'],
    ['2640', 'Mortsel'], ['2650', 'Edegem'], ['2900', 'Schoten'], ['2930', 'Brasschaat'],
    ['2950', 'Kapellen'], ['2960', 'Brecht'], ['2980', 'Zoersel'], ['2830', 'Willebroek'],
    ['2850', 'Boom'], ['2880', 'Bornem'], ['2220', 'Heist-op-den-Berg'], ['2260', 'Westerlo'],
    ['2340', 'Beerse'], ['2320', 'Hoogstraten'], ['2490', 'Balen'], ['2910', 'Essen'],
    ['2920', 'Kalmthout'], ['2570', 'Duffel'], ['2870', 'Puurs-Sint-Amands'], ['2820', 'Bonheiden'],
  ],
  limburg: [
    ['3500', 'Hasselt'], ['3510', 'Hasselt'], ['3600', 'Genk'], ['3800', 'Sint-Truiden'],
    ['3520', 'Zonhoven'], ['3530', 'Houthalen-Helchteren'], ['3550', 'Heusden-Zolder'], ['3560', 'Lummen'],
    ['3580', 'Beringen'], ['3590', 'Diepenbeek'], ['3620', 'Lanaken'], ['3630', 'Maasmechelen'],
    ['3680', 'Maaseik'], ['3920', 'Lommel'], ['3900', 'Pelt'], ['3960', 'Bree'],
    ['3970', 'Leopoldsburg'], ['3990', 'Peer'], ['3930', 'Hamont-Achel'], ['3770', 'Riemst'],
    ['3650', 'Dilsen-Stokkem'], ['3540', 'Herk-de-Stad'],
  ],
  'oost-vlaanderen': [
    ['9000', 'Gent'], ['9030', 'Gent'], ['9040', 'Gent'], ['9050', 'Gent'],
    ['9100', 'Sint-Niklaas'], ['9140', 'Temse'], ['9160', 'Lokeren'], ['9200', 'Dendermonde'],
    ['9220', 'Hamme'], ['9230', 'Wetteren'], ['9240', 'Zele'], ['9300', 'Aalst'],
    ['9400', 'Ninove'], ['9470', 'Denderleeuw'], ['9500', 'Geraardsbergen'], ['9600', 'Ronse'],
    ['9620', 'Zottegem'], ['9700', 'Oudenaarde'], ['9800', 'Deinze'], ['9880', 'Aalter'],
    ['9900', 'Eeklo'], ['9940', 'Evergem'], ['9990', 'Maldegem'], ['9070', 'Destelbergen'],
    ['9060', 'Zelzate'], ['9190', 'Stekene'], ['9420', 'Erpe-Mere'], ['9280', 'Lebbeke'],
    ['9290', 'Berlare'], ['9920', 'Lievegem'], ['9860', 'Oosterzele'], ['9890', 'Gavere'],
  ],
  'vlaams-brabant': [
    ['3000', 'Leuven'], ['3001', 'Leuven'], ['3010', 'Leuven'], ['1500', 'Halle'],
    ['1600', 'Sint-Pieters-Leeuw'], ['1650', 'Beersel'], ['1700', 'Dilbeek'], ['1730', 'Asse'],
    ['1800', 'Vilvoorde'], ['1850', 'Grimbergen'], ['1860', 'Meise'], ['1840', 'Londerzeel'],
    ['1930', 'Zaventem'], ['1910', 'Kampenhout'], ['1780', 'Wemmel'], ['1740', 'Ternat'],
    ['3020', 'Herent'], ['3070', 'Kortenberg'], ['3080', 'Tervuren'], ['3090', 'Overijse'],
    ['3150', 'Haacht'], ['3140', 'Keerbergen'], ['3200', 'Aarschot'], ['3270', 'Scherpenheuvel-Zichem'],
    ['3290', 'Diest'], ['3300', 'Tienen'], ['3400', 'Landen'], ['3210', 'Lubbeek'],
  ],
  'west-vlaanderen': [
    ['8000', 'Brugge'], ['8200', 'Brugge'], ['8310', 'Brugge'], ['8400', 'Oostende'],
    ['8500', 'Kortrijk'], ['8800', 'Roeselare'], ['8900', 'Ieper'], ['8300', 'Knokke-Heist'],
    ['8370', 'Blankenberge'], ['8420', 'De Haan'], ['8450', 'Bredene'], ['8430', 'Middelkerke'],
    ['8530', 'Harelbeke'], ['8550', 'Zwevegem'], ['8560', 'Wevelgem'], ['8790', 'Waregem'],
    ['8870', 'Izegem'], ['8930', 'Menen'], ['8820', 'Torhout'], ['8700', 'Tielt'],
    ['8630', 'Veurne'], ['8670', 'Koksijde'], ['8620', 'Nieuwpoort'], ['8600', 'Diksmuide'],
    ['8970', 'Poperinge'], ['8020', 'Oostkamp'], ['8210', 'Zedelgem'], ['8730', 'Beernem'],
  ],
  brussel: [
    ['1000', 'Brussel'], ['1020', 'Brussel'], ['1030', 'Schaarbeek'], ['1040', 'Etterbeek'],
    ['1050', 'Elsene'], ['1060', 'Sint-Gillis'], ['1070', 'Anderlecht'], ['1080', 'Sint-Jans-Molenbeek'],
    ['1081', 'Koekelberg'], ['1083', 'Ganshoren'], ['1090', 'Jette'], ['1140', 'Evere'],
    ['1150', 'Sint-Pieters-Woluwe'], ['1160', 'Oudergem'], ['1180', 'Ukkel'], ['1190', 'Vorst'],
    ['1200', 'Sint-Lambrechts-Woluwe'], ['1210', 'Sint-Joost-ten-Node'],
  ],
};

export const PLACES_BY_PROVINCE = {} as Record<Province, readonly Place[]>;
for (const province of PROVINCES) {
  PLACES_BY_PROVINCE[province] = POSTCODES[province].map(([postcode, municipality]) => ({ postcode, municipality, province }));
}

export const PLACES: readonly Place[] = Object.values(PLACES_BY_PROVINCE).flat();

/** Rough share of facilities per province (population, with Brussels counting its Dutch-language offer). */
export const PROVINCE_WEIGHTS: Record<Province, number> = {
  antwerpen: 26,
  'oost-vlaanderen': 23,
  'west-vlaanderen': 17,
  'vlaams-brabant': 16,
  limburg: 12,
  brussel: 6,
};

/** Regions ("streken") used in the names of organisations that work across a province. */
export const REGIONS: Record<Province, readonly string[]> = {
  antwerpen: ['Kempen', 'Noorderkempen', 'Rupelstreek', 'Klein-Brabant', 'Rivierenland', 'Voorkempen'],
  limburg: ['Maasland', 'Haspengouw', 'Noord-Limburg', 'Midden-Limburg'],
  'oost-vlaanderen': ['Waasland', 'Meetjesland', 'Vlaamse Ardennen', 'Denderstreek', 'Leiestreek', 'Scheldeland'],
  'vlaams-brabant': ['Hageland', 'Pajottenland', 'Noordrand', 'Dijleland', 'Zennevallei'],
  'west-vlaanderen': ['Westhoek', 'Brugse Ommeland', 'Zuid-West-Vlaanderen', 'Middenkust', 'Midwest'],
  brussel: ['Brussel'],
};
