import type { BuyerType } from '../buyers/buyer-type.js';

/** Invented exhibitors and buyers for the demo: plausible, but no real company or person. */

export const PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  'patient monitoring': ['patient monitor', 'pulse oximeter', 'ECG monitor', 'vital-signs monitor'],
  'diagnostic imaging': ['digital X-ray detector', 'portable ultrasound scanner', 'mobile C-arm', 'portable X-ray unit'],
  'in-vitro diagnostics': ['rapid test kits', 'immunoassay analyser', 'blood glucose meter', 'PCR reagents'],
  dental: ['dental implants', 'intraoral scanner', 'dental unit chair', 'dental X-ray sensor'],
  rehabilitation: ['gait trainer', 'electrotherapy stimulator', 'powered wheelchair', 'hand rehabilitation robot'],
  'surgical instruments': ['electrosurgical unit', 'laparoscopic instruments', 'surgical staplers', 'bone plates and screws'],
  consumables: ['disposable syringes', 'IV catheters', 'wound dressings', 'surgical masks'],
  aesthetics: ['HIFU device', 'aesthetic laser', 'dermal filler', 'RF skin-tightening device'],
  'digital health': ['remote monitoring platform', 'wearable ECG patch', 'PACS software', 'AI reading software'],
};

export interface CatalogueCompany {
  name: string;
  localName: string;
  registrationNumber: string;
  region: string;
  productCategories: string[];
  certifications: string[];
  website: string;
}

// [name, Korean name, product categories, certifications]
const EXHIBITORS: [string, string, string[], string[]][] = [
  ['Wonju Medical Devices Co., Ltd.', '원주메디칼디바이스(주)', ['patient monitoring'], ['CE', 'MFDS']],
  ['Chiak Biotech Inc.', '치악바이오텍(주)', ['in-vitro diagnostics'], ['CE', 'MFDS']],
  ['Gangwon Imaging Systems Co., Ltd.', '강원이미징시스템(주)', ['diagnostic imaging'], ['CE', 'FDA', 'MFDS']],
  ['Munmak Rehab Tech Co., Ltd.', '문막재활테크(주)', ['rehabilitation'], ['CE', 'MFDS']],
  ['Hoengseong Dental Co., Ltd.', '횡성덴탈(주)', ['dental'], ['CE', 'MFDS']],
  ['Sillim Surgical Co., Ltd.', '신림서지컬(주)', ['surgical instruments'], ['CE', 'FDA', 'MFDS']],
  ['Taejang Medical Supply Co., Ltd.', '태장메디칼서플라이(주)', ['consumables'], ['CE', 'MFDS']],
  ['Bongsan Aesthetics Inc.', '봉산에스테틱스(주)', ['aesthetics'], ['CE', 'MFDS']],
  ['Dangu Digital Health Co., Ltd.', '단구디지털헬스(주)', ['digital health'], ['MFDS']],
  ['Medisono Korea Co., Ltd.', '메디소노코리아(주)', ['diagnostic imaging'], ['CE', 'FDA', 'MFDS']],
  ['Gwirae Life Science Co., Ltd.', '귀래생명과학(주)', ['in-vitro diagnostics'], ['CE', 'MFDS']],
  ['Vitalink Co., Ltd.', '바이탈링크(주)', ['patient monitoring', 'digital health'], ['CE', 'FDA', 'MFDS']],
  ['Ortholine Co., Ltd.', '오소라인(주)', ['surgical instruments'], ['CE', 'MFDS']],
  ['Heungeop Healthcare Co., Ltd.', '흥업헬스케어(주)', ['rehabilitation', 'consumables'], ['MFDS']],
  ['Chuncheon Bio Diagnostics Inc.', '춘천바이오진단(주)', ['in-vitro diagnostics'], ['CE', 'MFDS']],
  ['Gangneung Dental Lab Co., Ltd.', '강릉덴탈랩(주)', ['dental'], ['CE', 'MFDS']],
  ['Cardiocore Co., Ltd.', '카디오코어(주)', ['patient monitoring'], ['CE', 'FDA', 'MFDS']],
  ['Xraytek Co., Ltd.', '엑스레이텍(주)', ['diagnostic imaging'], ['CE', 'MFDS']],
  ['Hanmaeum Medical Co., Ltd.', '한마음메디칼(주)', ['consumables'], ['CE', 'MFDS']],
  ['Dermaline Korea Co., Ltd.', '더마라인코리아(주)', ['aesthetics'], ['CE', 'MFDS']],
  ['Lumiskin Co., Ltd.', '루미스킨(주)', ['aesthetics'], ['CE', 'MFDS']],
  ['Careband Co., Ltd.', '케어밴드(주)', ['digital health', 'patient monitoring'], ['CE', 'MFDS']],
  ['Socho Meditech Co., Ltd.', '소초메디텍(주)', ['surgical instruments'], ['CE', 'MFDS']],
  ['Baegun Rehab Co., Ltd.', '백운재활(주)', ['rehabilitation'], ['MFDS']],
  ['Jijeong Bio Co., Ltd.', '지정바이오(주)', ['in-vitro diagnostics'], ['CE', 'MFDS']],
  ['Panbu Precision Co., Ltd.', '판부정밀(주)', ['surgical instruments', 'dental'], ['CE', 'MFDS']],
  ['Bitsaem Medical Co., Ltd.', '빛샘메디칼(주)', ['diagnostic imaging'], ['CE', 'MFDS']],
  ['Hojeo Care Co., Ltd.', '호저케어(주)', ['consumables'], ['MFDS']],
  ['Pulsemate Co., Ltd.', '펄스메이트(주)', ['patient monitoring'], ['CE', 'MFDS']],
  ['Smiledent Co., Ltd.', '스마일덴트(주)', ['dental'], ['CE', 'FDA', 'MFDS']],
  ['Walkon Robotics Co., Ltd.', '워크온로보틱스(주)', ['rehabilitation'], ['CE', 'MFDS']],
  ['Medicloud Wonju Inc.', '메디클라우드원주(주)', ['digital health'], ['MFDS']],
  ['Purun Bio Co., Ltd.', '푸른바이오(주)', ['in-vitro diagnostics'], ['CE', 'MFDS']],
  ['Sterimed Korea Co., Ltd.', '스테리메드코리아(주)', ['consumables'], ['CE', 'FDA', 'MFDS']],
  ['Laseron Co., Ltd.', '레이저온(주)', ['aesthetics'], ['CE', 'MFDS']],
  ['Gangwon Sonic Co., Ltd.', '강원소닉(주)', ['diagnostic imaging'], ['CE', 'MFDS']],
  ['Myeongnyun Medical Co., Ltd.', '명륜메디칼(주)', ['surgical instruments'], ['MFDS']],
  ['Hakseong Healthcare Co., Ltd.', '학성헬스케어(주)', ['patient monitoring'], ['CE', 'MFDS']],
  ['Donghae Medtech Co., Ltd.', '동해메드텍(주)', ['consumables'], ['CE', 'MFDS']],
  ['Seorak Bio Co., Ltd.', '설악바이오(주)', ['in-vitro diagnostics'], ['CE', 'MFDS']],
  ['Gaun Dental Co., Ltd.', '가운덴탈(주)', ['dental'], ['MFDS']],
];

const slug = (name: string): string =>
  name
    .replace(/\b(Co\.|Ltd\.|Inc\.)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** 224 is the Wonju tax office; the serials are invented but unique, which is all the schema asks. */
export const COMPANIES: readonly CatalogueCompany[] = EXHIBITORS.map(([name, localName, productCategories, certifications], index) => ({
  name,
  localName,
  registrationNumber: `224-81-${String(10007 + index * 1733).padStart(5, '0')}`,
  region: 'Gangwon',
  productCategories,
  certifications,
  website: `https://${slug(name)}.example`,
}));

export interface CatalogueBuyer {
  organisation: string;
  contactName: string;
  email: string;
  country: string;
  buyerType: BuyerType;
}

// [organisation, contact, email, country, buyer type]
const BUYER_ROWS: [string, string, string, string, BuyerType][] = [
  ['Shanghai Huadong Medical Trading Co.', 'Li Wei', 'li.wei@huadong-medical.example', 'CN', 'distributor'],
  ['Beijing Kangtai Hospital Supply', 'Zhang Min', 'zhang.min@kangtai-supply.example', 'CN', 'distributor'],
  ['Guangzhou Meiyuan Aesthetic Clinics', 'Chen Jing', 'chen.jing@meiyuan-clinics.example', 'CN', 'clinic'],
  ["Jiangsu Provincial People's Hospital Procurement", 'Wang Fang', 'wang.fang@jsph-procurement.example', 'CN', 'hospital'],
  ['Shenzhen Yikang Import & Export', 'Liu Yang', 'liu.yang@yikang-trade.example', 'CN', 'importer'],
  ['Chengdu Xinan Medical Devices', 'Huang Lei', 'huang.lei@xinan-med.example', 'CN', 'distributor'],
  ['Hanoi Medical Equipment JSC', 'Nguyen Van An', 'an.nguyen@hanoi-medeq.example', 'VN', 'distributor'],
  ['Saigon Dental Supply', 'Tran Thi Mai', 'mai.tran@saigon-dental.example', 'VN', 'distributor'],
  ['Hanoi General Hospital Procurement', 'Le Minh Duc', 'duc.le@hanoi-gh-procure.example', 'VN', 'hospital'],
  ['Gulf Medical Distributors LLC', 'Ahmed Al Mansoori', 'ahmed@gulfmed-dist.example', 'AE', 'distributor'],
  ['Emirates Healthcare Supplies', 'Fatima Al Hashimi', 'f.alhashimi@ehs-supplies.example', 'AE', 'importer'],
  ['Dubai Health Procurement Office', 'Omar Khalid', 'omar.khalid@dxb-health-procure.example', 'AE', 'government_procurement'],
  ['Al Noor Dental Centres', 'Priya Nair', 'priya.nair@alnoor-dental.example', 'AE', 'clinic'],
  ['Riyadh Medical Care Co.', 'Abdullah Al Qahtani', 'a.alqahtani@riyadh-medcare.example', 'SA', 'distributor'],
  ['Jeddah Hospital Supplies', 'Khalid Al Harbi', 'k.alharbi@jeddah-hs.example', 'SA', 'importer'],
  ['Eastern Province Health Purchasing', 'Saad Al Otaibi', 's.alotaibi@ep-health-purchasing.example', 'SA', 'government_procurement'],
  ['Mumbai Surgicals Pvt. Ltd.', 'Rahul Mehta', 'rahul.mehta@mumbai-surgicals.example', 'IN', 'distributor'],
  ['Delhi Diagnostics Hub', 'Anita Sharma', 'anita.sharma@delhi-dxhub.example', 'IN', 'importer'],
  ['Chennai Care Hospitals', 'Karthik Raman', 'karthik.raman@chennai-care.example', 'IN', 'hospital'],
  ['Midwest Medical Imports Inc.', 'John Miller', 'jmiller@midwest-medimports.example', 'US', 'importer'],
  ['Pacific Dental Distribution', 'Sarah Kim', 'sarah.kim@pacific-dental.example', 'US', 'distributor'],
  ['Lakeside Rehabilitation Network', 'Michael Brown', 'mbrown@lakeside-rehab.example', 'US', 'hospital'],
  ['Rhein Medizintechnik GmbH', 'Thomas Becker', 't.becker@rhein-medtech.example', 'DE', 'distributor'],
  ['Nordklinik Einkauf GmbH', 'Anna Schmidt', 'a.schmidt@nordklinik.example', 'DE', 'hospital'],
  ['Osaka Medical Trading K.K.', 'Kenji Takahashi', 'k.takahashi@osaka-medtrade.example', 'JP', 'importer'],
  ['Tokyo Dental Partners', 'Yuki Sato', 'y.sato@tokyo-dental.example', 'JP', 'distributor'],
  ['Sapporo Rehabilitation Supply', 'Hiroshi Suzuki', 'h.suzuki@sapporo-rehab.example', 'JP', 'distributor'],
  ['Cairo Medical Supplies Co.', 'Mohamed Hassan', 'm.hassan@cairo-medsupplies.example', 'EG', 'distributor'],
  ['Alexandria Health Trading', 'Mona Ibrahim', 'm.ibrahim@alex-health.example', 'EG', 'importer'],
  ['Bangkok Medical Solutions Co., Ltd.', 'Somchai Wongsakul', 'somchai@bkk-medsolutions.example', 'TH', 'distributor'],
  ['Siam Aesthetic Group', 'Nattaya Srisuk', 'nattaya@siam-aesthetic.example', 'TH', 'clinic'],
  ['PT Jakarta Alkes Utama', 'Budi Santoso', 'budi.santoso@jakarta-alkes.example', 'ID', 'distributor'],
  ['PT Surabaya Medika', 'Siti Rahayu', 'siti.rahayu@surabaya-medika.example', 'ID', 'importer'],
  ['KL Medical Distributors Sdn. Bhd.', 'Tan Wei Ming', 'weiming.tan@kl-meddist.example', 'MY', 'distributor'],
  ['MedTorg Moscow LLC', 'Dmitry Ivanov', 'd.ivanov@medtorg-msk.example', 'RU', 'distributor'],
  ['Vladivostok MedImport', 'Elena Petrova', 'e.petrova@vlad-medimport.example', 'RU', 'importer'],
  ['Almaty Medical Supply LLP', 'Aidos Nurlanov', 'a.nurlanov@almaty-medsupply.example', 'KZ', 'distributor'],
  ['Baghdad Medical Bureau', 'Ali Hussein', 'ali.hussein@baghdad-medbureau.example', 'IQ', 'government_procurement'],
  ['Kuwait Medical Trading Co.', 'Yousef Al Mutairi', 'y.almutairi@kw-medtrade.example', 'KW', 'distributor'],
  ['Lahore Surgical Traders', 'Imran Qureshi', 'imran.qureshi@lahore-surgical.example', 'PK', 'distributor'],
  ['Manila MedSource Inc.', 'Maria Santos', 'maria.santos@manila-medsource.example', 'PH', 'distributor'],
];

export const BUYERS: readonly CatalogueBuyer[] = BUYER_ROWS.map(([organisation, contactName, email, country, buyerType]) => ({
  organisation,
  contactName,
  email,
  country,
  buyerType,
}));
