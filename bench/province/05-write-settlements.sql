-- Visits (已结算), their two fee lines and the settlements as 2207 stores them (fund lines and item results in the
-- row), in time order.
insert into settlement_visit (mdtrt_id, institution_code, person_id, insutype, med_type, region_code,
                              mdtrt_cert_type, ipt_otp_no, begntime, endtime, status, created_msgid)
select x.mdtrt_id, x.institution_code, x.person_id, x.insutype, x.med_type, r.code, '01', 'P' || x.j,
       case when x.med_type = '21' then x.t - interval '5 days' else x.t end, x.t, 'SETTLED', 'P' || x.j || '-2201'
from province.setl x join province.region r on r.k = x.rk;
insert into settlement_fee (mdtrt_id, feedetl_sn, med_list_codg, item_name, cnt, pric_fen, det_item_fee_sumamt_fen,
                            fee_ocur_time, upload_msgid)
select x.mdtrt_id, l.sn, l.code, l.name, 1, l.amount, l.amount, x.t, 'P' || x.j || '-2204'
from province.setl x cross join lateral (values
  ('1', x.line1_code, case when x.med_type = '21' then '住院诊查费' else '普通门诊诊查费' end, x.line1),
  ('2', 'XR05XAA001', '复方甘草片', x.line2)) l(sn, code, name, amount);

insert into settlement_settlement (setl_id, mdtrt_id, person_id, institution_code, insutype, med_type, region_code,
    setl_time, medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt, inscp_scp_amt, act_pay_dedc,
    hifp_pay, pool_prop_selfpay, fund_pay_sumamt, psn_part_amt, acct_pay, acct_mulaid_pay, psn_cash_pay, balc,
    medins_setl_id, status, explanation, fund_lines, item_results, psn_type, mdtrt_cert_type, hifmi_pay, hifob_pay,
    maf_pay, acct_barred_amt)
select x.setl_id, x.mdtrt_id, x.person_id, x.institution_code, x.insutype, x.med_type, r.code, x.t, x.medfee, 0, 0,
       x.preselfpay, x.inscp, 0, x.fund, x.inscp - x.fund, x.fund, x.psn, x.acct, 0, x.psn - x.acct, x.balc,
       'P' || x.j || '-2207', 'SETTLED',
       format('本次医疗费用%s元，其中乙类先行自付%s元；政策范围内%s元，基本医疗保险统筹基金按%s%%支付%s元；个人负担%s元。',
              x.medfee / 100.0, x.preselfpay / 100.0, x.inscp / 100.0, x.ratio, x.fund / 100.0, x.psn / 100.0),
       jsonb_build_array(jsonb_build_object('fund_pay_type', x.insutype || '100', 'fund_payamt_fen', x.fund)),
       jsonb_build_array(
         jsonb_build_object('feedetl_sn', '1', 'med_list_codg', x.line1_code, 'item_name',
           case when x.med_type = '21' then '住院诊查费' else '普通门诊诊查费' end, 'item_class', 'A',
           'det_item_fee_sumamt', x.line1, 'inscp_scp_amt', x.line1, 'preselfpay_amt', 0, 'fulamt_ownpay_amt', 0,
           'overlmt_amt', 0),
         jsonb_build_object('feedetl_sn', '2', 'med_list_codg', 'XR05XAA001', 'item_name', '复方甘草片',
           'item_class', 'B', 'det_item_fee_sumamt', x.line2, 'inscp_scp_amt', x.line2 - x.preselfpay,
           'preselfpay_amt', x.preselfpay, 'fulamt_ownpay_amt', 0, 'overlmt_amt', 0)),
       case x.category when 'EMPLOYED' then '1101' when 'RETIRED' then '1201' else '1501' end, '01', 0, 0, 0, 0
from province.setl x join province.region r on r.k = x.rk;
