-- catalog: diseases by ICD-10 (疾病诊断分类代码) and the 门诊慢特病 catalog (outpatient chronic and special diseases).
-- The catalog itself is reference data; which pooling region offers which disease is set per region
-- (catalog_chronic_disease_region), by the agency or, in the demo, by the demo loader.

CREATE TABLE catalog_disease (
    icd_code VARCHAR(10) PRIMARY KEY,
    name     VARCHAR(60) NOT NULL
);

CREATE TABLE catalog_chronic_disease (
    code           VARCHAR(6) PRIMARY KEY CHECK (code ~ '^M[0-9]{5}$'),   -- opsp_dise_cod
    name           VARCHAR(40) NOT NULL,
    icd_code       VARCHAR(10) NOT NULL REFERENCES catalog_disease (icd_code),
    kind           VARCHAR(8) NOT NULL CHECK (kind IN ('CHRONIC', 'SPECIAL')),  -- 慢性病 / 特殊病
    cross_province BOOLEAN NOT NULL DEFAULT FALSE     -- one of the diseases settled directly across provinces
);

CREATE TABLE catalog_chronic_disease_region (
    disease_code VARCHAR(6) NOT NULL REFERENCES catalog_chronic_disease (code),
    region_code  VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    PRIMARY KEY (region_code, disease_code)
);

INSERT INTO catalog_disease (icd_code, name) VALUES
('A15.0', '肺结核'),
('B18.1', '慢性乙型病毒性肝炎'),
('B18.2', '慢性丙型病毒性肝炎'),
('B18.9', '慢性病毒性肝炎'),
('B20', '人类免疫缺陷病毒病'),
('C16.9', '胃恶性肿瘤'),
('C18.9', '结肠恶性肿瘤'),
('C22.0', '肝细胞癌'),
('C34.9', '支气管或肺恶性肿瘤'),
('C50.9', '乳房恶性肿瘤'),
('C80', '恶性肿瘤'),
('C92.1', '慢性髓样白血病'),
('D61.9', '再生障碍性贫血'),
('D66', '遗传性第八因子缺乏（血友病A）'),
('E03.9', '甲状腺功能减退症'),
('E05.9', '甲状腺毒症'),
('E10', '1型糖尿病'),
('E11', '2型糖尿病'),
('E11.9', '2型糖尿病不伴有并发症'),
('E78.5', '高脂血症'),
('F20', '精神分裂症'),
('F31', '双相情感障碍'),
('F32', '抑郁发作'),
('G20', '帕金森病'),
('G30', '阿尔茨海默病'),
('G40', '癫痫'),
('G70.0', '重症肌无力'),
('I10', '特发性（原发性）高血压'),
('I11.9', '高血压性心脏病'),
('I20', '心绞痛'),
('I25', '慢性缺血性心脏病'),
('I25.1', '动脉硬化性心脏病'),
('I48', '心房纤颤和扑动'),
('I50', '心力衰竭'),
('I63', '脑梗死'),
('I69', '脑血管病后遗症'),
('J06.9', '急性上呼吸道感染'),
('J18.9', '肺炎'),
('J44', '慢性阻塞性肺病'),
('J45', '哮喘'),
('K21.0', '胃食管反流病伴有食管炎'),
('K29.5', '慢性胃炎'),
('K74.6', '肝硬化'),
('M05', '血清阳性类风湿性关节炎'),
('M06.9', '类风湿性关节炎'),
('M10', '痛风'),
('M32', '系统性红斑狼疮'),
('M45', '强直性脊柱炎'),
('M81', '骨质疏松'),
('N18', '慢性肾脏病'),
('N18.5', '慢性肾脏病5期（尿毒症期）'),
('O80', '单胎顺产'),
('O82', '经剖宫产术单胎分娩'),
('Z94.0', '肾移植状态'),
('Z94.4', '肝移植状态'),
('Z99.2', '依赖肾透析');

-- The ten diseases settled directly across provinces (reference/china-mi-facts.md §2.4), then common regional ones.
INSERT INTO catalog_chronic_disease (code, name, icd_code, kind, cross_province) VALUES
('M00101', '高血压', 'I10', 'CHRONIC', TRUE),
('M00201', '糖尿病', 'E11', 'CHRONIC', TRUE),
('M00301', '恶性肿瘤门诊放化疗', 'C80', 'SPECIAL', TRUE),
('M00401', '尿毒症透析', 'N18.5', 'SPECIAL', TRUE),
('M00501', '器官移植术后抗排异治疗', 'Z94.0', 'SPECIAL', TRUE),
('M00601', '慢性阻塞性肺疾病', 'J44', 'CHRONIC', TRUE),
('M00701', '类风湿关节炎', 'M06.9', 'CHRONIC', TRUE),
('M00801', '冠心病', 'I25', 'CHRONIC', TRUE),
('M00901', '病毒性肝炎', 'B18.9', 'CHRONIC', TRUE),
('M01001', '强直性脊柱炎', 'M45', 'CHRONIC', TRUE),
('M01101', '脑血管病后遗症', 'I69', 'CHRONIC', FALSE),
('M01201', '帕金森病', 'G20', 'CHRONIC', FALSE),
('M01301', '精神分裂症', 'F20', 'SPECIAL', FALSE),
('M01401', '慢性心力衰竭', 'I50', 'CHRONIC', FALSE),
('M01501', '癫痫', 'G40', 'CHRONIC', FALSE),
('M01601', '系统性红斑狼疮', 'M32', 'SPECIAL', FALSE),
('M01701', '再生障碍性贫血', 'D61.9', 'SPECIAL', FALSE),
('M01801', '血友病', 'D66', 'SPECIAL', FALSE),
('M01901', '肝硬化', 'K74.6', 'CHRONIC', FALSE),
('M02001', '肺结核', 'A15.0', 'CHRONIC', FALSE),
('M02101', '阿尔茨海默病', 'G30', 'SPECIAL', FALSE),
('M02201', '重症肌无力', 'G70.0', 'SPECIAL', FALSE);
