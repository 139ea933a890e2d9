package org.yibao.common;

/**
 * An amount written in Chinese capital numerals (中文大写金额) as receipts and bank documents require, by the rules
 * of 《正确填写票据和结算凭证的基本规定》: 整 after 元 when there are no 角 and 分, one 零 for each run of zeros
 * inside the number, e.g. 400.00 → 肆佰元整, 10010.05 → 壹万零壹拾元零伍分.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};
    private static final long LIMIT_FEN = 100_000_000_000_000L;

    private ChineseAmount() {
    }

    public static String of(Money amount) {
        long fen = amount.fen();
        if (fen < 0 || fen >= LIMIT_FEN) {
            throw new IllegalArgumentException("no capital amount for " + amount);
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0 || fen == 0) {
            out.append(yuan == 0 ? "零" : integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS[cents]).append('分');
        }
        return out.toString();
    }

    /** Groups of four digits (个, 万, 亿), highest first; zeros between written digits become one 零. */
    private static String integer(long n) {
        int[] groups = {(int) (n % 10_000), (int) (n / 10_000 % 10_000), (int) (n / 100_000_000)};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int g = groups.length - 1; g >= 0; g--) {
            if (groups[g] == 0) {
                zero = zero || out.length() > 0;
                continue;
            }
            for (int place = 3, divisor = 1000; place >= 0; place--, divisor /= 10) {
                int digit = groups[g] / divisor % 10;
                if (digit == 0) {
                    zero = zero || out.length() > 0;
                    continue;
                }
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS[digit]).append(PLACES[place]);
            }
            out.append(GROUPS[g]);
        }
        return out.toString();
    }
}
