import type { CountryEntry } from "./types.js";

/**
 * Countries with their ISO 3166-1 alpha-3 codes, other names, demonyms and the
 * capitals or seats of power that stand for their governments ("Moscow", "the
 * Kremlin"). One line each: name | code | aliases | demonyms | metonyms, lists split
 * by ";". Extend by adding lines.
 */
const TABLE = `
Afghanistan|AFG||Afghan|Kabul
Algeria|DZA||Algerian|Algiers
Argentina|ARG||Argentine;Argentinian|Buenos Aires
Armenia|ARM||Armenian|Yerevan
Australia|AUS||Australian|Canberra
Austria|AUT||Austrian|Vienna
Azerbaijan|AZE||Azerbaijani|Baku
Bahrain|BHR||Bahraini|Manama
Bangladesh|BGD||Bangladeshi|Dhaka
Belarus|BLR||Belarusian|Minsk
Belgium|BEL||Belgian|
Bolivia|BOL||Bolivian|La Paz
Bosnia and Herzegovina|BIH|Bosnia|Bosnian|Sarajevo
Brazil|BRA||Brazilian|Brasilia;Brasília
Britain|GBR|United Kingdom;the United Kingdom;UK;the UK;Great Britain|British|London;Downing Street
Bulgaria|BGR||Bulgarian|Sofia
Cambodia|KHM||Cambodian|Phnom Penh
Canada|CAN||Canadian|Ottawa
Chile|CHL||Chilean|Santiago
China|CHN|People's Republic of China;PRC|Chinese|Beijing
Colombia|COL||Colombian|Bogota;Bogotá
Croatia|HRV||Croatian|Zagreb
Cuba|CUB||Cuban|Havana
Cyprus|CYP||Cypriot|Nicosia
Czech Republic|CZE|Czechia|Czech|Prague
Democratic Republic of the Congo|COD|DR Congo;DRC|Congolese|Kinshasa
Denmark|DNK||Danish|Copenhagen
Egypt|EGY||Egyptian|Cairo
Eritrea|ERI||Eritrean|Asmara
Estonia|EST||Estonian|Tallinn
Ethiopia|ETH||Ethiopian|Addis Ababa
Finland|FIN||Finnish|Helsinki
France|FRA||French|Paris;the Elysee;the Élysée
Georgia|GEO||Georgian|Tbilisi
Germany|DEU||German|Berlin
Greece|GRC||Greek|Athens
Hungary|HUN||Hungarian|Budapest
India|IND||Indian|New Delhi
Indonesia|IDN||Indonesian|Jakarta
Iran|IRN|Islamic Republic of Iran|Iranian|Tehran
Iraq|IRQ||Iraqi|Baghdad
Ireland|IRL||Irish|Dublin
Israel|ISR||Israeli|Jerusalem
Italy|ITA||Italian|Rome
Japan|JPN||Japanese|Tokyo
Jordan|JOR||Jordanian|Amman
Kazakhstan|KAZ||Kazakh|Astana
Kenya|KEN||Kenyan|Nairobi
Kosovo|XKX||Kosovar|Pristina
Kuwait|KWT||Kuwaiti|Kuwait City
Latvia|LVA||Latvian|Riga
Lebanon|LBN||Lebanese|Beirut
Libya|LBY||Libyan|Tripoli
Lithuania|LTU||Lithuanian|Vilnius
Malaysia|MYS||Malaysian|Kuala Lumpur
Mali|MLI||Malian|Bamako
Mexico|MEX||Mexican|Mexico City
Moldova|MDA||Moldovan|Chisinau
Morocco|MAR||Moroccan|Rabat
Myanmar|MMR|Burma|Burmese|Naypyidaw
Netherlands|NLD|the Netherlands;Holland|Dutch|The Hague;Amsterdam
Niger|NER||Nigerien|Niamey
Nigeria|NGA||Nigerian|Abuja
North Korea|PRK|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
Norway|NOR||Norwegian|Oslo
Oman|OMN||Omani|Muscat
Pakistan|PAK||Pakistani|Islamabad
Palestine|PSE|Palestinian territories|Palestinian|Ramallah
Philippines|PHL|the Philippines|Philippine;Filipino|Manila
Poland|POL||Polish|Warsaw
Portugal|PRT||Portuguese|Lisbon
Qatar|QAT||Qatari|Doha
Romania|ROU||Romanian|Bucharest
Russia|RUS|Russian Federation;the Russian Federation|Russian|Moscow;the Kremlin
Rwanda|RWA||Rwandan|Kigali
Saudi Arabia|SAU||Saudi|Riyadh
Serbia|SRB||Serbian|Belgrade
Slovakia|SVK||Slovak|Bratislava
Somalia|SOM||Somali|Mogadishu
South Africa|ZAF||South African|Pretoria
South Korea|KOR|Republic of Korea|South Korean|Seoul
South Sudan|SSD||South Sudanese|Juba
Spain|ESP||Spanish|Madrid
Sudan|SDN||Sudanese|Khartoum
Sweden|SWE||Swedish|Stockholm
Switzerland|CHE||Swiss|Bern;Geneva
Syria|SYR||Syrian|Damascus
Taiwan|TWN|Republic of China|Taiwanese|Taipei
Thailand|THA||Thai|Bangkok
Turkey|TUR|Türkiye|Turkish|Ankara
Ukraine|UKR||Ukrainian|Kyiv;Kiev
United Arab Emirates|ARE|UAE|Emirati|Abu Dhabi
United States|USA|the United States;US;U.S.;USA;America;United States of America|American;US;U.S.|Washington;the White House;the Pentagon;the State Department
Venezuela|VEN||Venezuelan|Caracas
Vietnam|VNM|Viet Nam|Vietnamese|Hanoi
Yemen|YEM||Yemeni|Sanaa
`;

const split = (s: string | undefined) => (s ? s.split(";").filter(Boolean) : []);

/** The table as entries. */
export const COUNTRIES: readonly CountryEntry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", iso3 = "", aliases, demonyms, metonyms] = line.split("|");
    return { name, iso3, aliases: split(aliases), demonyms: split(demonyms), metonyms: split(metonyms) };
  });
