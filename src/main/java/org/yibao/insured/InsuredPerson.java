package org.yibao.insured;

import java.time.LocalDate;
import org.yibao.common.Gender;
import org.yibao.common.IdNumber;
import org.yibao.common.Masking;

/** 参保人: the person as the insurance knows them. */
public record InsuredPerson(long id, IdNumber idNumber, String name, Gender gender, LocalDate birthDate, String phone) {

    public String maskedName() {
        return Masking.name(name);
    }

    @Override
    public String toString() {
        return "InsuredPerson[" + id + ", " + idNumber.masked() + "]";
    }
}
