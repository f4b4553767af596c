/**
 * Traditional characters → simplified, one character for one, for matching only: portals publish a 繁體 mirror of
 * their pages ("政府信息公開工作年度報告"), and the engine's words (section titles, table labels, recognition) are
 * written in simplified characters. Only traditional characters whose simplified form occurs in the engine's own
 * words (the template's labels and section titles, the recognition, table and narrative patterns) are mapped — about
 * 220, to keep the loader that every portal page runs small — one for one, so a text's length and offsets never
 * change. Display text is never converted. A word added to the engine with a character not here needs its pair here.
 */
const FROM =
  '並佈佔來係個備傳僅億償內兩則劃動務匯區參員問單園圖團執報場壞婦學實審寫將對屬廢廣廳張強彙後徑復徵態應戶採據擬數斷於時暫會條業構標機檔權殘氣決沒況準滿漁濟為無熱爭爲獲獸現環產異當療發監稅稱穩範糧糾約級組結絡給統經綜維網線編縣總織繫繼續罰聞聯職臺與興舉舊華萬蘇處號術衛補製複見規視訂計訓記訟訪設許訴註評詢試話該認語誤說請論諮識議護讀變谘負財貧責費資質購軍輸轉辦農這週進運過達違還邊郵鄉醫銷錄錯錶鍵鎮長門開間關隊際隨電響頁項預頭頻題額類餘館體髮點黨龍';
const TO =
  '并布占来系个备传仅亿偿内两则划动务汇区参员问单园图团执报场坏妇学实审写将对属废广厅张强汇后径复征态应户采据拟数断于时暂会条业构标机档权残气决没况准满渔济为无热争为获兽现环产异当疗发监税称稳范粮纠约级组结络给统经综维网线编县总织系继续罚闻联职台与兴举旧华万苏处号术卫补制复见规视订计训记讼访设许诉注评询试话该认语误说请论咨识议护读变咨负财贫责费资质购军输转办农这周进运过达违还边邮乡医销录错表键镇长门开间关队际随电响页项预头频题额类余馆体发点党龙';
const MAP = new Map<string, string>([...FROM].map((ch, i) => [ch, TO[i] as string]));
const ANY = new RegExp(`[${FROM}]`);
const ALL = new RegExp(`[${FROM}]`, 'g');

/** `text` with the mapped traditional characters simplified (the same string when it has none). */
export function simplified(text: string): string {
  return ANY.test(text) ? text.replace(ALL, (ch) => MAP.get(ch) as string) : text;
}

/**
 * A character class (regex source) for a character of a simplified word in either script: itself and every
 * traditional character mapped to it ("报" → "[报報]"). A pattern of such classes finds the word in a text as
 * written: no pass of `simplified` over a long text first. `ch` is a CJK character (no regex syntax).
 */
export function eitherScript(ch: string): string {
  const traditional = [...FROM].filter((_, i) => TO[i] === ch).join('');
  return traditional === '' ? ch : `[${ch}${traditional}]`;
}
