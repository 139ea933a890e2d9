package org.yibao.settlement.institution;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.yibao.common.IdNumber;
import org.yibao.common.InstitutionCode;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.insured.SocialSecurityCards;
import org.yibao.voucher.EcTokens;

/**
 * Who a 就诊凭证 stands for ({@code mdtrt_cert_type}): 01 an ecToken, valid only for the institution that decoded
 * it; 02 an ID number; 03 a social security card number. Card and e-voucher may be mixed within one visit, so
 * handlers compare the person, never the voucher type.
 */
@Component
class PersonIdentification {

    private static final Pattern PSN_NO = Pattern.compile("\\d{1,18}");

    private final EcTokens ecTokens;
    private final InsuredPersons persons;
    private final SocialSecurityCards cards;
    private final RoundTrips roundTrips;

    PersonIdentification(EcTokens ecTokens, InsuredPersons persons, SocialSecurityCards cards, RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.ecTokens = ecTokens;
        this.persons = persons;
        this.cards = cards;
    }

    long resolve(String certType, String certNo, String institutionCode) {
        return switch (certType) {
            case "01" -> ecTokens.resolve(certNo, new InstitutionCode(institutionCode)).map(PersonId::value)
                    .orElseThrow(PersonIdentification::invalidToken);
            case "02" -> IdNumber.parse(certNo).flatMap(persons::findByIdNumber).map(InsuredPerson::id)
                    .orElseThrow(() -> new FsiRefusal("未找到身份证号[" + certNo + "]对应的参保人员"));
            case "03" -> cards.holder(certNo)
                    .orElseThrow(() -> new FsiRefusal("社会保障卡卡号[" + certNo + "]不存在或已注销"));
            default -> throw new FsiRefusal("就诊凭证类型mdtrt_cert_type[" + certType + "]错误，应为01、02或03");
        };
    }

    /** The person a 就诊凭证 stands for, with their insurance relationships; an ID number (02) is one read. */
    InsuredPersons.Insured resolveInsured(String certType, String certNo, String institutionCode) {
        if ("02".equals(certType)) {
            return IdNumber.parse(certNo).flatMap(n -> roundTrips.run(InsuredPersons.withPeriods(n)))
                    .orElseThrow(() -> new FsiRefusal("未找到身份证号[" + certNo + "]对应的参保人员"));
        }
        return roundTrips.run(InsuredPersons.withPeriods(new PersonId(resolve(certType, certNo, institutionCode))))
                .orElseThrow();
    }

    /**
     * The person of {@code psn_no} with their insurance relationships, once the voucher shown is found to be theirs.
     */
    InsuredPersons.Insured confirmedInsured(String psnNo, String certType, String certNo, String institutionCode) {
        return confirmedInsured(psnNo, certType, certNo, institutionCode, new RoundTrips.Batch());
    }

    /**
     * As {@link #confirmedInsured(String, String, String, String)}, sending the caller's statements (keyed by the
     * person number, read through their answers once the person is confirmed) in the same round trip.
     */
    InsuredPersons.Insured confirmedInsured(String psnNo, String certType, String certNo, String institutionCode,
                                            RoundTrips.Batch alongside) {
        long id = id(psnNo).orElseThrow(() -> unknown(psnNo));
        RoundTrips.Answer<Optional<InsuredPersons.Insured>> found =
                alongside.add(InsuredPersons.withPeriods(new PersonId(id)));
        roundTrips.run(alongside);
        InsuredPersons.Insured insured = found.get().orElseThrow(() -> unknown(psnNo));
        confirm(insured.person(), certType, certNo, institutionCode);
        return insured;
    }

    /** The person of {@code psn_no}. */
    InsuredPerson person(String psnNo) {
        return id(psnNo).flatMap(persons::find).orElseThrow(() -> unknown(psnNo));
    }

    /**
     * The person a {@code psn_no} numbers, for statements sent ahead of {@link #confirmedInsured}; 0 (no one) when it
     * is not a person number, which identification then refuses.
     */
    static long idOrNone(String psnNo) {
        return id(psnNo).orElse(0L);
    }

    private static Optional<Long> id(String psnNo) {
        return PSN_NO.matcher(psnNo).matches() ? Optional.of(Long.parseLong(psnNo)) : Optional.empty();
    }

    private static FsiRefusal unknown(String psnNo) {
        return new FsiRefusal("人员编号psn_no[" + psnNo + "]不存在");
    }

    /**
     * Checks that the voucher shown is the person's; an ID number (02) is compared with the person's own without
     * asking the database again.
     */
    void confirm(InsuredPerson person, String certType, String certNo, String institutionCode) {
        if ("02".equals(certType) && IdNumber.parse(certNo).filter(person.idNumber()::equals).isPresent()) {
            return;
        }
        confirm(person.id(), certType, certNo, institutionCode);
    }

    /** Checks that the voucher shown, when one is given, is the person's. */
    void confirm(long personId, String certType, String certNo, String institutionCode) {
        if (resolve(certType, certNo, institutionCode) != personId) {
            throw notTheSamePerson(personId);
        }
    }

    private static FsiRefusal invalidToken() {
        return new FsiRefusal("电子凭证令牌ecToken无效、已过期或不属于本机构，请重新扫码");
    }

    private static FsiRefusal notTheSamePerson(long personId) {
        return new FsiRefusal("就诊凭证与人员编号psn_no[" + personId + "]不是同一参保人");
    }
}
