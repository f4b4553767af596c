/**
 * Traditional characters → simplified, one character for one, for matching only: portals publish a 繁體 mirror of
 * their pages ("政府信息公開工作年度報告"), and the engine's words (section titles, table labels, recognition) are
 * written in simplified characters. Only the characters of a report's vocabulary are mapped, so a text's length and
 * offsets never change. Display text is never converted.
 */
const FROM = '並亞佈佔來係個們備傳債傷僅價億償優兒內兩冊則劃劉動務勞勢勵匯區協卻厭厲參叢員問啟喪單嘗嚴圍園圓圖團執報場壓壞壽夠夢奮妝婦孫學實寧審寫寬寶將專尋對導屆層屬峽嶺嶽幣幫幹廈廟廠廢廣廳張強彈彙後徑從復徵徹恆愛態慶憂憑應懲懷懸戰戲戶採揮擁擇擊擔據擬擴擾攜敵數斷於時晉晝暫曉書會東條楊業極構槍樂標橋機檔檢權歐歡歲歷歸殘殺殼氣氫決沒況測湯準溫滄滬滿漁漢潔潤澤濃濕濟濰濱瀋灑灘灣災為無煙熱營爭爲爾牆獅獎獨獲獸現環璽瓊瓏產甯畝畫異當療癡發盡監盤盧矚礎礦禍禮稅稱穀穩窮竊筆範築簡籃糧糾紀約紅紐純紙級紛紡細紳組結絡給統綏經綜維網緊緒線緣編縣縫縮總績織繫繼續纔纖罰罷義習聖聞聯聰聲職聽肅脅脈腦腳臨臺與興舉舊艱莊華萬蓋蔣薦藍藝藥蘇蘋蘭處號蟲術衛裏補裝裡製複襲見規視覺覽觀觸訂計訊討訓託記訟訪設許訴診註評詞詢試詩話該詳誇誌認語誠誤說課調談請論諮諸謀謂講謝證識譯議護讀變讓谘豈豐豬貓貝負財貢貧貨貫責貴買貸費貼貿資賓賞賠賣質賬賴購贛趙趨跡踐車軍輔輕輪輸轉辦辭農這週進運過達違遞遠適遷選遼還邊邏郵鄉鄭鄰醜醫釋針銀銷鋒鋼錄錢錦錯錶鍛鍵鎖鎮鐘鐵鑒長門閉開閑閒間閣閩閱闊關陝陰陳陸陽隊際隨險隱隴雙雜雞離難雲電靈靜韓響頁頂項順須預領頭頻題額顏類顧顯風飛飯飲飾養餘館馬馮駐驗體髮鬥鬧魚魯鮮鳥鳳鳴鶴麗麥麼黃點黨齊齒齡龍龜';
const TO = '并亚布占来系个们备传债伤仅价亿偿优儿内两册则划刘动务劳势励汇区协却厌厉参丛员问启丧单尝严围园圆图团执报场压坏寿够梦奋妆妇孙学实宁审写宽宝将专寻对导届层属峡岭岳币帮干厦庙厂废广厅张强弹汇后径从复征彻恒爱态庆忧凭应惩怀悬战戏户采挥拥择击担据拟扩扰携敌数断于时晋昼暂晓书会东条杨业极构枪乐标桥机档检权欧欢岁历归残杀壳气氢决没况测汤准温沧沪满渔汉洁润泽浓湿济潍滨沈洒滩湾灾为无烟热营争为尔墙狮奖独获兽现环玺琼珑产宁亩画异当疗痴发尽监盘卢瞩础矿祸礼税称谷稳穷窃笔范筑简篮粮纠纪约红纽纯纸级纷纺细绅组结络给统绥经综维网紧绪线缘编县缝缩总绩织系继续才纤罚罢义习圣闻联聪声职听肃胁脉脑脚临台与兴举旧艰庄华万盖蒋荐蓝艺药苏苹兰处号虫术卫里补装里制复袭见规视觉览观触订计讯讨训托记讼访设许诉诊注评词询试诗话该详夸志认语诚误说课调谈请论咨诸谋谓讲谢证识译议护读变让咨岂丰猪猫贝负财贡贫货贯责贵买贷费贴贸资宾赏赔卖质账赖购赣赵趋迹践车军辅轻轮输转办辞农这周进运过达违递远适迁选辽还边逻邮乡郑邻丑医释针银销锋钢录钱锦错表锻键锁镇钟铁鉴长门闭开闲闲间阁闽阅阔关陕阴陈陆阳队际随险隐陇双杂鸡离难云电灵静韩响页顶项顺须预领头频题额颜类顾显风飞饭饮饰养余馆马冯驻验体发斗闹鱼鲁鲜鸟凤鸣鹤丽麦么黄点党齐齿龄龙龟';
const MAP = new Map<string, string>([...FROM].map((ch, i) => [ch, TO[i] as string]));
const ANY = new RegExp(`[${FROM}]`);
const ALL = new RegExp(`[${FROM}]`, 'g');

/** `text` with the mapped traditional characters simplified (the same string when it has none). */
export function simplified(text: string): string {
  return ANY.test(text) ? text.replace(ALL, (ch) => MAP.get(ch) as string) : text;
}
