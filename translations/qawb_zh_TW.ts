<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>無法寫入審計日誌：%1</translation>
    </message>
    <message>
        <source>entry %1 (%2) is not sealed into the chain</source>
        <translation>第 %1 條記錄（%2）未封入哈希鏈</translation>
    </message>
    <message>
        <source>entry %1 is missing (the log jumps from %2 to %3)</source>
        <translation>缺少第 %1 條記錄（日誌從 %2 跳到 %3）</translation>
    </message>
    <message>
        <source>entry %1 (%2 on %3 %4, %5) does not match its seal: it was changed, or an entry before it was</source>
        <translation>第 %1 條記錄（%3 %4 上的 %2，%5）與其封印不符：它或它之前的記錄被改動過</translation>
    </message>
</context>
<context>
    <name>AutoQaRunner</name>
    <message numerus="yes">
        <source>Auto-QA cancelled after %n conversation(s); their hits are kept.</source>
        <translation>
            <numerusform>自動質檢已取消，已檢查 %n 個對話；這些對話的命中結果已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-QA failed: %1</source>
        <translation>自動質檢失敗：%1</translation>
    </message>
    <message>
        <source>Auto-QA checked %1 conversation(s) (%2 up to date), %3 hit(s).</source>
        <translation>自動質檢已檢查 %1 個對話（另有 %2 個已是最新狀態），共命中 %3 次。</translation>
    </message>
    <message>
        <source>the store has no usable rule set</source>
        <translation>資料庫中沒有可用的規則集</translation>
    </message>
</context>
<context>
    <name>CalibrationRepository</name>
    <message>
        <source>%1 is the beginning of more than one sample id; give more of it</source>
        <translation>%1 是多個樣本 ID 的開頭；請輸入更多位</translation>
    </message>
    <message>
        <source>there is no sample %1</source>
        <translation>沒有樣本 %1</translation>
    </message>
    <message>
        <source>sample %1 has no calibration queues (assign it with --calibration K)</source>
        <translation>樣本 %1 沒有校準佇列（派單時使用 --calibration K）</translation>
    </message>
    <message>
        <source>%1 did not score this calibration session</source>
        <translation>%1 未參與此次校準評分</translation>
    </message>
</context>
<context>
    <name>CasePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>there is no collection %1</source>
        <translation>沒有案例集 %1</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new folder for the pack</source>
        <translation>%1 已存在：請為案例包選擇新的資料夾</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>資料夾 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>無法在 %1 中寫入：%2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>匯出已取消</translation>
    </message>
    <message>
        <source>conversation %1 is missing from the store</source>
        <translation>資料庫中缺少對話 %1</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>無法在 %1 中寫入</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>cannot copy the recording of %1 to the pack</source>
        <translation>無法將 %1 的錄音複製到案例包</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>cannot move the pack into %1</source>
        <translation>無法將案例包移至 %1</translation>
    </message>
    <message>
        <source>%1 is not a folder (a case pack is a folder; unzip it first)</source>
        <translation>%1 不是資料夾（案例包是一個資料夾；請先解壓縮）</translation>
    </message>
    <message>
        <source>%1: missing: this folder is not a case pack</source>
        <translation>%1：缺少：此資料夾不是案例包</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1：JSON 無效（%2，位於第 %3 位元組）</translation>
    </message>
    <message>
        <source>%1: format: expected &quot;%2&quot;, got %3</source>
        <translation>%1：format：應為「%2」，實際為 %3</translation>
    </message>
    <message>
        <source>%1: version: this build reads version %2 packs, the pack is version %3</source>
        <translation>%1：version：此版本程式讀取第 %2 版的案例包，而此案例包為第 %3 版</translation>
    </message>
    <message>
        <source>%1: pack_id: required field is missing</source>
        <translation>%1：pack_id：缺少必要欄位</translation>
    </message>
    <message>
        <source>%1: pack_id: expected letters, digits and dashes</source>
        <translation>%1：pack_id：只能包含字母、數字和連字號</translation>
    </message>
    <message>
        <source>%1: collection.name: required field is missing</source>
        <translation>%1：collection.name：缺少必要欄位</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺少</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必要欄位</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 1</source>
        <translation>應為 ≥ 1 的整數</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 中</translation>
    </message>
    <message>
        <source>%1 is not in scorecard_versions</source>
        <translation>%1 不在 scorecard_versions 中</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>應為數字</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>應為清單</translation>
    </message>
    <message>
        <source>%1 is not in evaluations</source>
        <translation>%1 不在 evaluations 中</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>無法將 %1 複製到 %2</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>匯入已取消</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3)</source>
        <translation>%1:%2：JSON 無效（%3）</translation>
    </message>
    <message>
        <source>%1:%2: id: required field is missing</source>
        <translation>%1:%2：id：缺少必要欄位</translation>
    </message>
    <message>
        <source>%1:%2: audio: must stay inside the pack</source>
        <translation>%1:%2：audio：必須位於案例包內</translation>
    </message>
    <message>
        <source>cannot create user %1</source>
        <translation>無法建立使用者 %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>QA Workbench command line: import conversations and inspect a store.</source>
        <translation>QA Workbench 命令列工具：匯入對話並檢視資料庫。</translation>
    </message>
    <message>
        <source>The store to use (default: %1).</source>
        <translation>要使用的資料庫（預設：%1）。</translation>
    </message>
    <message>
        <source>Print stable JSON instead of text.</source>
        <translation>輸出格式穩定的 JSON，而非純文字。</translation>
    </message>
    <message>
        <source>import: add the conversations to this queue; cases: list this queue.</source>
        <translation>import：將對話加入此質檢佇列；cases：列出此質檢佇列中的案例。</translation>
    </message>
    <message>
        <source>import: import the valid records and reject the rest.</source>
        <translation>import：匯入有效的紀錄，拒絕其餘紀錄。</translation>
    </message>
    <message>
        <source>import: with --skip-invalid, write rejected records and reasons here.</source>
        <translation>import：搭配 --skip-invalid 使用，將被拒絕的紀錄及原因寫入此檔案。</translation>
    </message>
    <message>
        <source>import: character set of CSV files (default: detected).</source>
        <translation>import：CSV 檔案的字元編碼（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>Act as this user (default: the login name).</source>
        <translation>以此使用者身分操作（預設：目前的登入名稱）。</translation>
    </message>
    <message>
        <source>no command given; try qawb --help</source>
        <translation>未指定指令；請試試 qawb --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try qawb --help</source>
        <translation>未知的指令「%1」；請試試 qawb --help</translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation>import 至少需要一個檔案</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 不接受引數</translation>
    </message>
    <message>
        <source>--rejects needs --skip-invalid</source>
        <translation>--rejects 必須搭配 --skip-invalid 使用</translation>
    </message>
    <message>
        <source>cannot record the current user in %1</source>
        <translation>無法在 %1 中記錄目前的使用者</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more error(s); --json lists them)</source>
        <translation>
            <numerusform> （還有 %n 個錯誤；使用 --json 可列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>no queue named &quot;%1&quot;</source>
        <translation>沒有名為「%1」的質檢佇列</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;</source>
        <translation>沒有 ID 為「%1」的對話</translation>
    </message>
    <message>
        <source>auto-QA %1/%2</source>
        <translation>自動質檢 %1/%2</translation>
    </message>
    <message>
        <source>autoqa: check every conversation (the default).</source>
        <translation>autoqa：檢查所有對話（預設）。</translation>
    </message>
    <message>
        <source>autoqa: import this rule-set file, make it active, then check.</source>
        <translation>autoqa：匯入此規則集檔案並將其設為使用中的規則集，然後進行檢查。</translation>
    </message>
    <message>
        <source>autoqa: re-check conversations that are up to date.</source>
        <translation>autoqa：即使對話的質檢結果已是最新狀態，也重新檢查。</translation>
    </message>
    <message>
        <source>import: do not run auto-QA on the imported conversations.</source>
        <translation>import：不對匯入的對話執行自動質檢。</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID</source>
        <translation>%1 需要恰好一個對話 ID</translation>
    </message>
    <message>
        <source>use: rules import FILE | rules export [FILE] | rules list</source>
        <translation>用法：rules import 檔案 | rules export [檔案] | rules list</translation>
    </message>
    <message>
        <source>give --queue or --all, not both</source>
        <translation>請指定 --queue 或 --all，不可同時指定兩者</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>此質檢佇列是空的。</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1 version %2 is active (%n rule(s)); run qawb autoqa to apply it.</source>
        <translation>
            <numerusform>規則集 %1 版本 %2 已啟用（共 %n 條規則）；請執行 qawb autoqa 來套用此規則集。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>auto-QA failed: %1</source>
        <translation>自動質檢失敗：%1</translation>
    </message>
    <message>
        <source>use: audit verify</source>
        <translation>用法：audit verify</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n entries, head %1</source>
        <translation>
            <numerusform>審計日誌完好：共 %n 條，鏈頭 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log of %1 is not intact: %2</source>
        <translation>%1 的審計日誌已不完整：%2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 現在是%2</translation>
    </message>
    <message>
        <source>scorecards export: this version (default: the newest).</source>
        <translation>scorecards export：匯出此版本（預設最新版本）。</translation>
    </message>
    <message>
        <source>evaluations export: csv or json.</source>
        <translation>evaluations export：csv 或 json。</translation>
    </message>
    <message>
        <source>evaluations export: only this agent (ID).</source>
        <translation>evaluations export：僅此客服（ID）。</translation>
    </message>
    <message>
        <source>evaluations export: only this team.</source>
        <translation>evaluations export：僅此班組。</translation>
    </message>
    <message>
        <source>evaluations export: write here instead of standard output.</source>
        <translation>evaluations export：寫入此檔案而非標準輸出。</translation>
    </message>
    <message>
        <source>use: scorecards list | scorecards export KEY [FILE] | scorecards import FILE</source>
        <translation>用法：scorecards list | scorecards export 識別碼 [檔案] | scorecards import 檔案</translation>
    </message>
    <message>
        <source>use: evaluations export [--from D] [--to D] [--agent ID] [--team NAME] [--format csv|json] [--output FILE]</source>
        <translation>用法：evaluations export [--from 日期] [--to 日期] [--agent ID] [--team 班組] [--format csv|json] [--output 檔案]</translation>
    </message>
    <message>
        <source>--format is csv or json, not %1</source>
        <translation>--format 只能是 csv 或 json，而不是 %1</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-23, not %2</source>
        <translation>--%1 需要形如 2026-11-23 的日期，而不是 %2</translation>
    </message>
    <message>
        <source>published %1 version %2</source>
        <translation>已發佈 %1 第 %2 版</translation>
    </message>
    <message>
        <source>%1 version %2 is already published as is</source>
        <translation>%1 第 %2 版已按此內容發佈</translation>
    </message>
    <message>
        <source>evaluations export: submitted on or after this date; sample: conversations from this date.</source>
        <translation>evaluations export：在此日期當天或之後提交的評估；sample：從此日期起的對話。</translation>
    </message>
    <message>
        <source>evaluations export: submitted on or before this date; sample: up to this date.</source>
        <translation>evaluations export：在此日期當天或之前提交的評估；sample：截至此日期的對話。</translation>
    </message>
    <message>
        <source>sample: the sampling plan, a JSON file or the name of a saved plan.</source>
        <translation>sample：抽樣方案，可以是 JSON 檔案或已儲存方案的名稱。</translation>
    </message>
    <message>
        <source>sample: use this seed instead of the plan&apos;s.</source>
        <translation>sample：使用此隨機種子，而非方案中的隨機種子。</translation>
    </message>
    <message>
        <source>sample: show what would be picked and why; store nothing.</source>
        <translation>sample：顯示將抽取哪些對話及原因，不儲存任何資料。</translation>
    </message>
    <message>
        <source>assign: the sample (ID or its first digits).</source>
        <translation>assign：要分派的樣本（ID 或其開頭幾碼）。</translation>
    </message>
    <message>
        <source>assign: the inspectors&apos; logins, comma-separated.</source>
        <translation>assign：質檢員的登入名稱，以逗號分隔。</translation>
    </message>
    <message>
        <source>assign: this many conversations go to every inspector (blind).</source>
        <translation>assign：校準對話數，這些對話會發給每一位質檢員（盲評）。</translation>
    </message>
    <message>
        <source>assign: inspectors never review their own team.</source>
        <translation>assign：質檢員不質檢本組的對話。</translation>
    </message>
    <message>
        <source>reassign, replace: why (recorded).</source>
        <translation>reassign、replace：原因（會被記錄）。</translation>
    </message>
    <message>
        <source>use: users list | users role LOGIN ROLE | users team LOGIN [TEAM]</source>
        <translation>用法：users list | users role LOGIN ROLE | users team LOGIN [TEAM]</translation>
    </message>
    <message>
        <source>use: plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME</source>
        <translation>用法：plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME</translation>
    </message>
    <message>
        <source>use: sample --plan FILE|NAME [--from D] [--to D] [--seed N] [--preview] [--json]</source>
        <translation>用法：sample --plan FILE|NAME [--from D] [--to D] [--seed N] [--preview] [--json]</translation>
    </message>
    <message>
        <source>--seed needs a whole number ≥ 0, not %1</source>
        <translation>--seed 需要 ≥ 0 的整數，而不是 %1</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither (the plan&apos;s period_days)</source>
        <translation>請同時指定 --from 和 --to，或都不指定（使用方案的 period_days）</translation>
    </message>
    <message>
        <source>use: samples [ID]</source>
        <translation>用法：samples [ID]</translation>
    </message>
    <message>
        <source>use: assign --sample ID --inspectors A,B,C [--calibration K] [--avoid-own-team]</source>
        <translation>用法：assign --sample ID --inspectors A,B,C [--calibration K] [--avoid-own-team]</translation>
    </message>
    <message>
        <source>use: reassign QUEUE CONVERSATION LOGIN --reason TEXT</source>
        <translation>用法：reassign QUEUE CONVERSATION LOGIN --reason TEXT</translation>
    </message>
    <message>
        <source>use: replace QUEUE CONVERSATION --reason TEXT</source>
        <translation>用法：replace QUEUE CONVERSATION --reason TEXT</translation>
    </message>
    <message>
        <source>%1 is now in the team %2</source>
        <translation>%1 現在屬於班組 %2</translation>
    </message>
    <message>
        <source>%1 is in no team now</source>
        <translation>%1 現在不屬於任何班組</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>剩餘 %1 分鐘</translation>
    </message>
    <message>
        <source>saved the sampling plan %1</source>
        <translation>已儲存抽樣方案 %1</translation>
    </message>
    <message>
        <source>deleted the sampling plan %1</source>
        <translation>已刪除抽樣方案 %1</translation>
    </message>
    <message>
        <source>there is no sampling plan called %1</source>
        <translation>沒有名為 %1 的抽樣方案</translation>
    </message>
    <message>
        <source>the saved plan %1 is not valid: %2</source>
        <translation>已儲存的方案 %1 無效：%2</translation>
    </message>
    <message>
        <source>%1 is neither a plan file nor the name of a saved plan (qawb plans list)</source>
        <translation>%1 既不是方案檔案，也不是已儲存方案的名稱（請見 qawb plans list）</translation>
    </message>
    <message>
        <source>plan %1, seed %2, %3 to %4: %5 eligible, target %6, picked %7</source>
        <translation>方案 %1，隨機種子 %2，%3 至 %4：符合條件 %5 個，目標 %6 個，已抽取 %7 個</translation>
    </message>
    <message>
        <source>excluded (%1): %2</source>
        <translation>已排除（%1）：%2</translation>
    </message>
    <message>
        <source>picked as %1: %2</source>
        <translation>按「%1」抽取：%2</translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation>客服 %1：%2</translation>
    </message>
    <message>
        <source>sample %1 stored; assign it with: qawb assign --sample %2 --inspectors LOGIN,LOGIN</source>
        <translation>樣本 %1 已儲存；分派指令：qawb assign --sample %2 --inspectors LOGIN,LOGIN</translation>
    </message>
    <message>
        <source>there is no sample %1 (or the id is ambiguous)</source>
        <translation>沒有樣本 %1（或該 ID 不唯一）</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>nobody with the login %1 uses this store</source>
        <translation>此資料庫中沒有登入名稱為 %1 的人員</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) are called %1; give the queue&apos;s id (qawb queues --json)</source>
        <translation>
            <numerusform>有 %n 個質檢佇列名為 %1；請指定質檢佇列的 ID（請見 qawb queues --json）</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no queue %1</source>
        <translation>沒有質檢佇列 %1</translation>
    </message>
    <message>
        <source>%1 now goes to %2</source>
        <translation>%1 已改派給 %2</translation>
    </message>
    <message>
        <source>%1 replaced by %2</source>
        <translation>%1 已替換為 %2</translation>
    </message>
    <message>
        <source>sync: the shared store (default: the one last synced with).</source>
        <translation>sync：共享資料庫（預設：上次同步所用的共享資料庫）。</translation>
    </message>
    <message>
        <source>sync: only send this store&apos;s changes.</source>
        <translation>sync：只傳送此資料庫的變更。</translation>
    </message>
    <message>
        <source>sync: only receive the others&apos; changes.</source>
        <translation>sync：只接收其他人的變更。</translation>
    </message>
    <message>
        <source>sync: create the shared store if there is none at PATH.</source>
        <translation>sync：若 PATH 處沒有共享資料庫，則建立一個。</translation>
    </message>
    <message>
        <source>conflicts resolve: keep the local or remote version.</source>
        <translation>conflicts resolve：保留 local（本機）或 remote（共享資料庫）版本。</translation>
    </message>
    <message>
        <source>conflicts: list resolved conflicts as well.</source>
        <translation>conflicts：一併列出已解決的衝突。</translation>
    </message>
    <message>
        <source>use: sync [--shared PATH] [--create] [--push-only|--pull-only] [--json]</source>
        <translation>用法：sync [--shared PATH] [--create] [--push-only|--pull-only] [--json]</translation>
    </message>
    <message>
        <source>use: conflicts [--resolved] [--json] | conflicts resolve ID --take local|remote</source>
        <translation>用法：conflicts [--resolved] [--json] | conflicts resolve ID --take local|remote</translation>
    </message>
    <message>
        <source>conflict %1 resolved: kept the %2 version</source>
        <translation>衝突 %1 已解決：保留了%2的版本</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享資料庫</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>no shared store: give --shared PATH</source>
        <translation>沒有共享資料庫：請指定 --shared PATH</translation>
    </message>
    <message numerus="yes">
        <source>offline — %n change(s) waiting: %1</source>
        <translation>
            <numerusform>離線 — %n 項變更待同步：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1, received %2 (audit entries: sent %3, received %4) in %5 ms</source>
        <translation>已傳送 %1 項，已接收 %2 項（審計記錄：傳送 %3 條，接收 %4 條），耗時 %5 毫秒</translation>
    </message>
    <message>
        <source>conflict %1: see qawb conflicts</source>
        <translation>衝突 %1：請見 qawb conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision (qawb conflicts)</source>
        <translation>
            <numerusform>有 %n 個衝突等待您決定（請見 qawb conflicts）</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback on %1 recorded</source>
        <translation>已記錄對 %1 的回饋</translation>
    </message>
    <message numerus="yes">
        <source>feedback is now due within %n hour(s)</source>
        <translation>
            <numerusform>現在須在 %n 小時內回饋</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>已逾時 %1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>due in %1 h %2 min</source>
        <translation>還剩 %1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>一票否決</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s)</source>
        <translation>
            <numerusform>%n 項不合格</numerusform>
        </translation>
    </message>
    <message>
        <source>last 28 days: %1 of %2 fed back within %3 h (%4%)</source>
        <translation>近 28 天：%2 份中 %1 份在 %3 小時內完成回饋（%4%）</translation>
    </message>
    <message>
        <source>coaching export: write the summary to this PDF.</source>
        <translation>coaching export：將摘要寫入此 PDF 檔案。</translation>
    </message>
    <message>
        <source>disputes list: only open disputes.</source>
        <translation>disputes list：僅列出進行中的申訴。</translation>
    </message>
    <message>
        <source>disputes limits: disputes are opened within N days of the evaluation.</source>
        <translation>disputes limits：申訴須在評估後 N 天內提出。</translation>
    </message>
    <message>
        <source>disputes limits: at most M disputes per evaluation.</source>
        <translation>disputes limits：每個評估最多申訴 M 次。</translation>
    </message>
    <message>
        <source>use: coaching list [--agent ID] [--team NAME] [--json] | coaching show ID [--json] | coaching export ID --pdf FILE</source>
        <translation>用法：coaching list [--agent ID] [--team NAME] [--json] | coaching show ID [--json] | coaching export ID --pdf FILE</translation>
    </message>
    <message>
        <source>use: disputes list [--open] [--json] | disputes show ID [--json] | disputes limits [--days N --max M]</source>
        <translation>用法：disputes list [--open] [--json] | disputes show ID [--json] | disputes limits [--days N --max M]</translation>
    </message>
    <message>
        <source>no coaching sessions</source>
        <translation>沒有輔導會談</translation>
    </message>
    <message>
        <source>%1 of %2 action item(s) open</source>
        <translation>%2 項改善事項中 %1 項未完成</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>追蹤 %1</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>已由 %1 確認</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>writing a PDF needs the GUI libraries (run qawb, not a core-only build)</source>
        <translation>產生 PDF 需要圖形介面函式庫（請執行 qawb，而非僅含核心功能的版本）</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>Coaching session %1</source>
        <translation>輔導會談 %1</translation>
    </message>
    <message>
        <source>Agent: %1 (%2), team %3</source>
        <translation>客服：%1（%2），班組 %3</translation>
    </message>
    <message>
        <source>Period: %1 to %2; held %3 by %4</source>
        <translation>期間：%1 至 %2；由 %4 於 %3 輔導</translation>
    </message>
    <message>
        <source>Evaluations: %1, mean %2 (team %3)</source>
        <translation>評估：%1 個，平均分數 %2（班組平均 %3）</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>（一票否決）</translation>
    </message>
    <message>
        <source>Weakest items (agent / team pass rate):</source>
        <translation>最薄弱的評分項（客服 / 班組合格率）：</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>會談紀錄：%1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>追蹤：%1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>%1 已於 %2 確認</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>尚未確認</translation>
    </message>
    <message numerus="yes">
        <source>disputes are opened within %n day(s) of the evaluation</source>
        <translation>
            <numerusform>申訴須在評估後 %n 天內提出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per evaluation</source>
        <translation>
            <numerusform>每個評估最多 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>no disputes</source>
        <translation>沒有申訴</translation>
    </message>
    <message>
        <source>Dispute %1 (%2)</source>
        <translation>申訴 %1（%2）</translation>
    </message>
    <message>
        <source>Evaluation %1 of %2 by %3; agent %4</source>
        <translation>評估 %1（對話 %2，質檢員 %3）；客服 %4</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>評分項：%1</translation>
    </message>
    <message>
        <source>Arbitrator: %1</source>
        <translation>仲裁人：%1</translation>
    </message>
    <message>
        <source>Outcome: %1 by %2</source>
        <translation>裁定結果：%1（裁定人：%2）</translation>
    </message>
    <message>
        <source>score %1 → %2</source>
        <translation>分數 %1 → %2</translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation>（第 %1 版）</translation>
    </message>
    <message>
        <source>use: feedback due [--team NAME] [--json] | feedback done ID [--note TEXT] | feedback threshold HOURS</source>
        <translation>用法：feedback due [--team NAME] [--json] | feedback done ID [--note TEXT] | feedback threshold HOURS</translation>
    </message>
    <message>
        <source>search: call or chat.</source>
        <translation>search：call（通話）或 chat（線上）。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation scored at least this.</source>
        <translation>search：已提交評估的分數不低於此值。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation scored at most this.</source>
        <translation>search：已提交評估的分數不高於此值。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation failed this item.</source>
        <translation>search：已提交評估中此評分項不合格。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation passed this item.</source>
        <translation>search：已提交評估中此評分項合格。</translation>
    </message>
    <message>
        <source>search: this auto-QA rule hit the conversation.</source>
        <translation>search：對話命中了此自動質檢規則。</translation>
    </message>
    <message>
        <source>search: an evaluation has this tag.</source>
        <translation>search：評估帶有此標籤。</translation>
    </message>
    <message>
        <source>use: search [TEXT] [--agent ID] [--team NAME] [--channel call|chat] [--from D] [--to D] [--min-score N] [--max-score N] [--failed ITEM] [--passed ITEM] [--rule ID] [--tag TAG] [--limit N] [--json]</source>
        <translation>用法：search [TEXT] [--agent ID] [--team NAME] [--channel call|chat] [--from D] [--to D] [--min-score N] [--max-score N] [--failed ITEM] [--passed ITEM] [--rule ID] [--tag TAG] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>search needs some text or a filter</source>
        <translation>search 需要搜尋文字或篩選條件</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>第 %1 則：%2</translation>
    </message>
    <message>
        <source>(more than %1 found; narrow the search or raise --limit)</source>
        <translation>（超過 %1 筆；請縮小搜尋範圍或調大 --limit）</translation>
    </message>
    <message>
        <source>no calibration sessions (assign a sample with --calibration K)</source>
        <translation>沒有校準（派單時使用 --calibration K）</translation>
    </message>
    <message>
        <source>%1 inspectors × %2 conversations, %3 of %4 submitted</source>
        <translation>%1 名質檢員 × %2 個對話，已提交 %3 / %4</translation>
    </message>
    <message>
        <source>Calibration session %1: %2 inspectors, %3 conversations</source>
        <translation>校準 %1：%2 名質檢員，%3 個對話</translation>
    </message>
    <message numerus="yes">
        <source>Not complete: %n evaluation(s) not submitted yet; figures cover what is submitted.</source>
        <translation>
            <numerusform>未完成：還有 %n 份評估未提交；以下數據只統計已提交的評估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 agreement, Krippendorff&apos;s alpha %2</source>
        <translation>整體：一致率 %1，Krippendorff α %2</translation>
    </message>
    <message>
        <source>scores %1–%2, spread (sd) %3</source>
        <translation>分數 %1–%2，離散度（標準差）%3</translation>
    </message>
    <message>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
    <message>
        <source>deviation %1 (mean absolute %2), items agreeing %3</source>
        <translation>偏差 %1（平均絕對偏差 %2），評分項一致率 %3</translation>
    </message>
    <message>
        <source>calibration report: measure deviations against this inspector.</source>
        <translation>calibration report：以此質檢員為基準計算偏差。</translation>
    </message>
    <message>
        <source>use: calibration list [--json] | calibration report ID [--expert LOGIN] [--json]</source>
        <translation>用法：calibration list [--json] | calibration report ID [--expert LOGIN] [--json]</translation>
    </message>
    <message>
        <source>created collection %1 (%2)</source>
        <translation>已建立案例集 %1（%2）</translation>
    </message>
    <message>
        <source>wrote %1: %2 conversations, %3 evaluations, %4 recordings; masked: %5</source>
        <translation>已寫入 %1：%2 個對話，%3 筆評估，%4 個錄音；去識別化：%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>note: recordings are copied as they are (no audio redaction)</source>
        <translation>注意：錄音依原樣複製（未對音訊做去識別化處理）</translation>
    </message>
    <message>
        <source>warning: no recording found for %1</source>
        <translation>警告：找不到 %1 的錄音</translation>
    </message>
    <message>
        <source>this pack is already imported as collection %1; nothing changed</source>
        <translation>此案例包已匯入為案例集 %1；未做任何變更</translation>
    </message>
    <message>
        <source>imported collection %1: %2 new conversations (%3 already here), %4 new evaluations (%5 already here)</source>
        <translation>已匯入案例集 %1：新增 %2 個對話（%3 個已存在），新增 %4 筆評估（%5 筆已存在）</translation>
    </message>
    <message>
        <source>import FILE... | queues | cases | show ID | demo | autoqa | hits ID | rules import FILE | rules export [FILE] | rules list | audit verify | users list | users role LOGIN ROLE | users team LOGIN [TEAM] | scorecards list | scorecards export KEY [FILE] | scorecards import FILE | evaluations export | plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME | sample --plan FILE|NAME | samples [ID] | assign --sample ID --inspectors A,B | reassign QUEUE CONVERSATION LOGIN --reason TEXT | replace QUEUE CONVERSATION --reason TEXT | sync --shared PATH | conflicts | conflicts resolve ID --take local|remote | feedback due [--team T] | feedback done ID [--note TEXT] | feedback threshold HOURS | coaching list [--agent ID] | coaching show ID | coaching export ID --pdf FILE | disputes list [--open] | disputes show ID | disputes limits [--days N --max M] | search [TEXT] [filters] | calibration list | calibration report ID [--expert LOGIN] | collections list | collections show NAME | collections create NAME [--note TEXT] | collections add NAME CONVERSATION [--note TEXT] | pack export --collection NAME --out DIR | pack import DIR | indicators [--by team|agent] [filters] | indicators conversations|sample METRIC [filters] | indicators threshold METRIC VALUE | report summary|distribution|trend|ranking|items|problems|inspectors [filters]</source>
        <translation>import FILE... | queues | cases | show ID | demo | autoqa | hits ID | rules import FILE | rules export [FILE] | rules list | audit verify | users list | users role LOGIN ROLE | users team LOGIN [TEAM] | scorecards list | scorecards export KEY [FILE] | scorecards import FILE | evaluations export | plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME | sample --plan FILE|NAME | samples [ID] | assign --sample ID --inspectors A,B | reassign QUEUE CONVERSATION LOGIN --reason TEXT | replace QUEUE CONVERSATION --reason TEXT | sync --shared PATH | conflicts | conflicts resolve ID --take local|remote | feedback due [--team T] | feedback done ID [--note TEXT] | feedback threshold HOURS | coaching list [--agent ID] | coaching show ID | coaching export ID --pdf FILE | disputes list [--open] | disputes show ID | disputes limits [--days N --max M] | search [TEXT] [filters] | calibration list | calibration report ID [--expert LOGIN] | collections list | collections show NAME | collections create NAME [--note TEXT] | collections add NAME CONVERSATION [--note TEXT] | pack export --collection NAME --out DIR | pack import DIR | indicators [--by team|agent] [filters] | indicators conversations|sample METRIC [filters] | indicators threshold METRIC VALUE | report summary|distribution|trend|ranking|items|problems|inspectors [filters]</translation>
    </message>
    <message>
        <source>feedback done: what was fed back; collections: the note.</source>
        <translation>feedback done：回饋的內容；collections：備註。</translation>
    </message>
    <message>
        <source>search, indicators conversations|sample: at most this many (100).</source>
        <translation>search、indicators conversations|sample：最多傳回的筆數（100）。</translation>
    </message>
    <message>
        <source>collections add: the evaluation that makes the conversation a case.</source>
        <translation>collections add：使該對話成為案例的那筆評估。</translation>
    </message>
    <message>
        <source>pack export: the collection.</source>
        <translation>pack export：案例集。</translation>
    </message>
    <message>
        <source>pack export: the new folder to write the pack to.</source>
        <translation>pack export：寫入案例包的新資料夾。</translation>
    </message>
    <message>
        <source>pack export: agents as Agent 01, Agent 02, ... (ids and names).</source>
        <translation>pack export：客服人員以化名 Agent 01、Agent 02 等表示（ID 與姓名）。</translation>
    </message>
    <message>
        <source>pack export: inspectors as inspector-01, ...</source>
        <translation>pack export：質檢員以化名 inspector-01 等表示。</translation>
    </message>
    <message>
        <source>pack export: leave the recordings out.</source>
        <translation>pack export：不含錄音。</translation>
    </message>
    <message>
        <source>report trend: day, week (default) or month.</source>
        <translation>report trend：day（日）、week（週，預設）或 month（月）。</translation>
    </message>
    <message>
        <source>report ranking: agent (default) or team; report problems: item or rule; indicators: team or agent.</source>
        <translation>report ranking：agent（預設）或 team；report problems：item 或 rule；indicators：team 或 agent。</translation>
    </message>
    <message>
        <source>report, indicators: only this business type.</source>
        <translation>report、indicators：僅限此業務類型。</translation>
    </message>
    <message>
        <source>report: only this scorecard (key).</source>
        <translation>report：僅限此評分表（key）。</translation>
    </message>
    <message>
        <source>use: indicators [--by team|agent] [--from D] [--to D] [--team NAME] [--agent ID] [--channel call|chat] [--business-type T] [--json] | indicators conversations METRIC [filters] [--limit N] [--json] | indicators sample METRIC [filters] [--limit N] | indicators threshold METRIC VALUE</source>
        <translation>用法：indicators [--by team|agent] [--from D] [--to D] [--team NAME] [--agent ID] [--channel call|chat] [--business-type T] [--json] | indicators conversations METRIC [filters] [--limit N] [--json] | indicators sample METRIC [filters] [--limit N] | indicators threshold METRIC VALUE</translation>
    </message>
    <message>
        <source>use: collections list | show NAME | create NAME [--note TEXT] | rename NAME NEW | notes NAME --note TEXT | delete NAME | add NAME CONVERSATION [--note TEXT] [--evaluation ID] | note NAME CONVERSATION --note TEXT | remove NAME CONVERSATION | move NAME CONVERSATION POSITION</source>
        <translation>用法：collections list | show NAME | create NAME [--note TEXT] | rename NAME NEW | notes NAME --note TEXT | delete NAME | add NAME CONVERSATION [--note TEXT] [--evaluation ID] | note NAME CONVERSATION --note TEXT | remove NAME CONVERSATION | move NAME CONVERSATION POSITION</translation>
    </message>
    <message>
        <source>POSITION is a whole number from 1, not %1</source>
        <translation>POSITION 應為從 1 開始的整數，而非 %1</translation>
    </message>
    <message>
        <source>use: pack export --collection NAME --out DIR [--pseudonymise-agents] [--pseudonymise-inspectors] [--no-audio] [--json] | pack import DIR [--json]</source>
        <translation>用法：pack export --collection NAME --out DIR [--pseudonymise-agents] [--pseudonymise-inspectors] [--no-audio] [--json] | pack import DIR [--json]</translation>
    </message>
    <message>
        <source>there is no indicator %1 (expected one of %2)</source>
        <translation>沒有指標 %1（應為下列之一：%2）</translation>
    </message>
    <message>
        <source>the threshold must be a number, not %1</source>
        <translation>閾值必須是數字，而非 %1</translation>
    </message>
    <message>
        <source>the threshold of %1 is now %2</source>
        <translation>%1 的閾值現為 %2</translation>
    </message>
    <message>
        <source>no conversation of the filter misses the %1 threshold</source>
        <translation>篩選範圍內沒有未達 %1 閾值的對話</translation>
    </message>
    <message>
        <source>no conversations</source>
        <translation>沒有對話</translation>
    </message>
    <message>
        <source>Indicators %1 .. %2 (anomalies against the %3 periods before)</source>
        <translation>指標 %1 .. %2（異常依前 %3 個週期判斷）</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>閾值</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>CSAT 1-5: %1 %2 %3 %4 %5</source>
        <translation>滿意度 1-5：%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>* misses its threshold   ! anomaly against the group&apos;s own baseline</source>
        <translation>* 未達閾值   ! 相對於該組自身基線的異常</translation>
    </message>
    <message>
        <source>use: report summary|distribution|trend|ranking|items|problems|inspectors [--from D] [--to D] [--period day|week|month] [--by agent|team|item|rule] [--team NAME] [--agent ID] [--channel call|chat] [--business-type T] [--scorecard KEY] [--format csv|json] [--output FILE]</source>
        <translation>用法：report summary|distribution|trend|ranking|items|problems|inspectors [--from D] [--to D] [--period day|week|month] [--by agent|team|item|rule] [--team NAME] [--agent ID] [--channel call|chat] [--business-type T] [--scorecard KEY] [--format csv|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; reports: %2</source>
        <translation>未知報表「%1」；可用報表：%2</translation>
    </message>
    <message>
        <source>--period is for the trend report only</source>
        <translation>--period 僅適用於 trend 報表</translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation>--period 應為 day、week 或 month，而非 %1</translation>
    </message>
    <message>
        <source>ranking --by is agent or team, not %1</source>
        <translation>ranking 的 --by 應為 agent 或 team，而非 %1</translation>
    </message>
    <message>
        <source>problems --by is item or rule, not %1</source>
        <translation>problems 的 --by 應為 item 或 rule，而非 %1</translation>
    </message>
    <message>
        <source>--by is for the ranking (agent|team) and problems (item|rule) reports only</source>
        <translation>--by 僅適用於 ranking（agent|team）和 problems（item|rule）報表</translation>
    </message>
    <message>
        <source>--channel is call or chat, not %1</source>
        <translation>--channel 應為 call 或 chat，而非 %1</translation>
    </message>
    <message>
        <source>--business-type is one of %1, not %2</source>
        <translation>--business-type 應為 %1 之一，而非 %2</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早於 --from（%2）</translation>
    </message>
</context>
<context>
    <name>CoachingPdf</name>
    <message>
        <source>Coaching session — %1</source>
        <translation>輔導會談 — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>會談時間</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>組長</translation>
    </message>
    <message>
        <source>Score trend by week</source>
        <translation>每週分數趨勢</translation>
    </message>
    <message>
        <source>No evaluations in this period.</source>
        <translation>此期間內沒有評估。</translation>
    </message>
    <message>
        <source>Evaluations: %1 (%2 passed)</source>
        <translation>評估：%1 個（%2 個合格）</translation>
    </message>
    <message>
        <source>Mean score: %1</source>
        <translation>平均分數：%1</translation>
    </message>
    <message>
        <source>Team mean: %1</source>
        <translation>班組平均：%1</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>合格線：%1</translation>
    </message>
    <message>
        <source>Weakest criteria</source>
        <translation>最薄弱的評分項</translation>
    </message>
    <message>
        <source>No failed criteria in this period.</source>
        <translation>此期間內沒有不合格的評分項。</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>（%1/%2）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Agent passed</source>
        <translation>客服合格率</translation>
    </message>
    <message>
        <source>Team passed</source>
        <translation>班組合格率</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>一票否決</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否決</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格項目</translation>
    </message>
    <message>
        <source>Coaching note:</source>
        <translation>輔導意見：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>評語：</translation>
    </message>
    <message>
        <source>Inspectors&apos; notes</source>
        <translation>質檢員意見</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>會談紀錄</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>無會談紀錄。</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>改善事項</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>無改善事項。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改善事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>追蹤：</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>客服確認</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>%1 已於 %2 確認</translation>
    </message>
    <message>
        <source>Agent&apos;s comment:</source>
        <translation>客服留言：</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>尚未確認</translation>
    </message>
    <message>
        <source>Agent&apos;s signature:</source>
        <translation>客服簽名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>CoachingRepository</name>
    <message>
        <source>a coaching session needs a period: a first and a last day, in that order</source>
        <translation>輔導會談需要期間：依序指定第一天和最後一天</translation>
    </message>
    <message>
        <source>every action item needs a description</source>
        <translation>每個改善事項都需要填寫內容</translation>
    </message>
    <message>
        <source>an action item is open, done or dropped, not &quot;%1&quot;</source>
        <translation>改善事項的狀態只能是 open、done 或 dropped，而不是「%1」</translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation>沒有客服 %1</translation>
    </message>
    <message>
        <source>%1 leads another team: agent %2 is not theirs to coach</source>
        <translation>%1 負責其他班組：無權輔導客服 %2</translation>
    </message>
    <message>
        <source>%1 acknowledged this session: its notes, follow-up and action items stay as they were (their status can still change)</source>
        <translation>%1 已確認此輔導會談：其會談紀錄、追蹤日期和改善事項維持不變（事項狀態仍可變更）</translation>
    </message>
    <message>
        <source>the agent acknowledges with their name</source>
        <translation>客服確認時需填寫本人姓名</translation>
    </message>
    <message>
        <source>%1 already acknowledged this session on %2</source>
        <translation>%1 已於 %2 確認過此輔導會談</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one session id; give more of it</source>
        <translation>%1 是多個輔導會談 ID 的開頭；請輸入更多字元</translation>
    </message>
    <message>
        <source>there is no coaching session %1</source>
        <translation>沒有輔導會談 %1</translation>
    </message>
</context>
<context>
    <name>CollectionRepository</name>
    <message>
        <source>%1 is the beginning of more than one collection id; give more of it</source>
        <translation>%1 是多個案例集 ID 的開頭；請輸入更多字元</translation>
    </message>
    <message>
        <source>there is no collection %1</source>
        <translation>沒有案例集 %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知使用者</translation>
    </message>
    <message>
        <source>evaluation %1 is not an evaluation of conversation %2</source>
        <translation>評估 %1 不屬於對話 %2</translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation>案例集需要名稱</translation>
    </message>
    <message>
        <source>you already have a collection named %1</source>
        <translation>您已有名為 %1 的案例集</translation>
    </message>
    <message>
        <source>there is already a collection named %1</source>
        <translation>已存在名為 %1 的案例集</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>沒有對話 %1</translation>
    </message>
    <message>
        <source>conversation %1 is already in the collection</source>
        <translation>對話 %1 已在案例集中</translation>
    </message>
    <message>
        <source>conversation %1 is not in the collection</source>
        <translation>對話 %1 不在案例集中</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment by %1: %2</source>
        <translation>%1 的評語：%2</translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>a comment needs some text</source>
        <translation>評語不能為空</translation>
    </message>
    <message>
        <source>the comment no longer exists</source>
        <translation>該評語已不存在</translation>
    </message>
    <message>
        <source>only its author can change a comment</source>
        <translation>只有作者本人可以修改評語</translation>
    </message>
    <message>
        <source>only its author can delete a comment</source>
        <translation>只有作者本人可以刪除評語</translation>
    </message>
    <message>
        <source>a comment on a moment needs its time</source>
        <translation>對某一時刻的評語需要時間點</translation>
    </message>
    <message>
        <source>a comment on a time range needs a start before its end</source>
        <translation>對時間段的評語需要開始時間早於結束時間</translation>
    </message>
    <message>
        <source>a comment on a message needs the message</source>
        <translation>對訊息的評語需要指明是哪則訊息</translation>
    </message>
    <message>
        <source>message %1 is not in conversation %2</source>
        <translation>對話 %2 中沒有第 %1 則訊息</translation>
    </message>
    <message>
        <source>the words %1–%2 are not in message %3 (%4 characters)</source>
        <translation>第 %3 則訊息中沒有第 %1–%2 個字（共 %4 個字元）</translation>
    </message>
</context>
<context>
    <name>DemoQueue</name>
    <message>
        <source>Demo queue</source>
        <translation>示範佇列</translation>
    </message>
    <message>
        <source>cannot extract the demo queue</source>
        <translation>無法取出示範佇列檔案</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>disputes may be opened within 1 to 365 days, not %1</source>
        <translation>申訴期限須介於 1 到 365 天之間，而不是 %1</translation>
    </message>
    <message>
        <source>an evaluation may be disputed 1 to 20 times, not %1</source>
        <translation>每個評估的申訴次數上限須介於 1 到 20 次之間，而不是 %1</translation>
    </message>
    <message>
        <source>the limits could not be stored</source>
        <translation>無法儲存申訴限制</translation>
    </message>
    <message>
        <source>a dispute names at least one scorecard item</source>
        <translation>申訴至少須指明一個評分項</translation>
    </message>
    <message>
        <source>a dispute needs a reason: what the agent says is wrong</source>
        <translation>申訴需要理由：客服認為哪裡有誤</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one evaluation id; give more of it</source>
        <translation>%1 是多個評估 ID 的開頭；請輸入更多字元</translation>
    </message>
    <message>
        <source>there is no evaluation %1</source>
        <translation>沒有評估 %1</translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted: only a submitted evaluation can be disputed</source>
        <translation>評估 %1 尚未提交：只有已提交的評估才能申訴</translation>
    </message>
    <message numerus="yes">
        <source>the evaluation was submitted on %1: disputes are opened within %n day(s) of that</source>
        <translation>
            <numerusform>此評估於 %1 提交：申訴須在提交後 %n 天內提出</numerusform>
        </translation>
    </message>
    <message>
        <source>a dispute of this evaluation is still open: add to its thread or wait for the decision</source>
        <translation>此評估已有一項申訴正在進行中：請在其討論串中補充，或等待裁定</translation>
    </message>
    <message>
        <source>this evaluation was disputed %1 time(s) already; the limit is %2</source>
        <translation>此評估已被申訴 %1 次；上限為 %2 次</translation>
    </message>
    <message>
        <source>the scorecard version of evaluation %1 is missing</source>
        <translation>缺少評估 %1 所用的評分表版本</translation>
    </message>
    <message>
        <source>the scorecard has no item &quot;%1&quot;</source>
        <translation>評分表中沒有評分項「%1」</translation>
    </message>
    <message>
        <source>there is no user %1 to decide the dispute</source>
        <translation>沒有可裁定此申訴的使用者 %1</translation>
    </message>
    <message>
        <source>%1 (%2) cannot decide this dispute: the inspector who scored it or a QA manager does</source>
        <translation>%1（%2）無法裁定此申訴：應由評分的質檢員或質檢主管裁定</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>訊息是空的</translation>
    </message>
    <message>
        <source>%1 (%2) takes no part in this dispute</source>
        <translation>%1（%2）不是此申訴的參與者</translation>
    </message>
    <message>
        <source>the outcome is upheld, partly or rejected, not &quot;%1&quot;</source>
        <translation>裁定結果只能是 upheld、partly 或 rejected，而不是「%1」</translation>
    </message>
    <message>
        <source>a decision needs an explanation for the agent</source>
        <translation>裁定需要附上給客服的說明</translation>
    </message>
    <message>
        <source>this dispute was %1 already</source>
        <translation>此申訴已%1</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>%1 (%2) may not decide this dispute: %3 does</source>
        <translation>%1（%2）無權裁定此申訴：應由 %3 裁定</translation>
    </message>
    <message>
        <source>the evaluation is being re-scored (it is a draft): submit it before deciding</source>
        <translation>此評估正在重新評分（目前為草稿）：請先提交再裁定</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is not disputed: a decision changes only disputed items</source>
        <translation>評分項「%1」未被申訴：裁定只能變更被申訴的評分項</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to item &quot;%2&quot;</source>
        <translation>「%1」不是評分項「%2」的有效答案</translation>
    </message>
    <message>
        <source>a rejected dispute leaves the answers as they are</source>
        <translation>駁回申訴時不變更任何答案</translation>
    </message>
    <message>
        <source>an upheld or partly upheld dispute changes at least one answer</source>
        <translation>申訴成立或部分成立時，至少須變更一個答案</translation>
    </message>
    <message>
        <source>an upheld dispute changes every disputed item; choose &quot;partly&quot; when some stand</source>
        <translation>申訴成立時須變更所有被申訴的評分項；若有評分項維持不變，請選擇「partly」（部分成立）</translation>
    </message>
    <message>
        <source>Dispute %1 %2: %3</source>
        <translation>申訴 %1 %2：%3</translation>
    </message>
    <message>
        <source>the new answers cannot be submitted: %1</source>
        <translation>無法提交新的答案：%1</translation>
    </message>
    <message>
        <source>only an open dispute can be withdrawn</source>
        <translation>只有進行中的申訴才能撤回</translation>
    </message>
    <message>
        <source>only %1, who opened it, or a QA manager may withdraw this dispute</source>
        <translation>只有提出者 %1 或質檢主管可以撤回此申訴</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one dispute id; give more of it</source>
        <translation>%1 是多個申訴 ID 的開頭；請輸入更多字元</translation>
    </message>
    <message>
        <source>there is no dispute %1</source>
        <translation>沒有申訴 %1</translation>
    </message>
    <message>
        <source>every disputed item changes: that is &quot;upheld&quot;, not &quot;partly&quot;</source>
        <translation>所有被申訴的評分項都已變更：應為「upheld」（申訴成立），而非「partly」（部分成立）</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>this evaluation was already submitted</source>
        <translation>此評分已經提交過了</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need an answer</source>
        <translation>
            <numerusform>還有 %n 個評分項目尚未作答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) need a comment</source>
        <translation>
            <numerusform>%n 個未通過的評分項目需要填寫評語</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluation %1 does not exist</source>
        <translation>評分 %1 不存在</translation>
    </message>
    <message>
        <source>unknown inspector %1</source>
        <translation>未知的質檢員 %1</translation>
    </message>
    <message>
        <source>reopening a submitted evaluation needs a reason</source>
        <translation>重新開啟已提交的評估需要填寫原因</translation>
    </message>
    <message>
        <source>only a submitted evaluation can be reopened</source>
        <translation>只有已提交的評估才能重新開啟</translation>
    </message>
    <message>
        <source>%1 (%2) may not reopen an evaluation submitted by someone else</source>
        <translation>%1（%2）無權重新開啟他人提交的評估</translation>
    </message>
    <message>
        <source>unknown tag %1 (one of: %2)</source>
        <translation>未知標籤 %1（可選：%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) need a reason</source>
        <translation>
            <numerusform>%n 個未通過的評分項需要選擇原因</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackRepository</name>
    <message>
        <source>the feedback threshold is 1 hour to 30 days, not %1 hours</source>
        <translation>回饋時限須介於 1 小時到 30 天之間，而不是 %1 小時</translation>
    </message>
    <message>
        <source>there is no evaluation %1</source>
        <translation>沒有評估 %1</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one evaluation id; give more of it</source>
        <translation>%1 是多個評估 ID 的開頭；請輸入更多字元</translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted yet: there is nothing to feed back</source>
        <translation>評估 %1 尚未提交：無需回饋</translation>
    </message>
    <message>
        <source>evaluation %1 has no failed items: it needs no feedback</source>
        <translation>評估 %1 沒有不合格項目：無需回饋</translation>
    </message>
    <message>
        <source>the feedback on evaluation %1 is already recorded</source>
        <translation>評估 %1 的回饋已記錄</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>匯入已取消；未匯入任何資料。</translation>
    </message>
    <message numerus="yes">
        <source>Import failed with %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>匯入失敗，共 %n 個錯誤；未匯入任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 new, %2 updated, %3 unchanged conversation(s)</source>
        <translation>已匯入對話：新增 %1 筆，更新 %2 筆，未變更 %3 筆</translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) rejected</source>
        <translation>
            <numerusform>；拒絕 %n 筆紀錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>；%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>writing conversation %1 failed: %2</source>
        <translation>寫入對話 %1 失敗：%2</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>沒有要匯入的檔案</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到檔案</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>不是可讀取的檔案</translation>
    </message>
    <message>
        <source>a CSV import is a pair of files named conversations.csv and turns.csv</source>
        <translation>CSV 匯入需要一組成對的檔案：conversations.csv 與 turns.csv</translation>
    </message>
    <message>
        <source>file not found; it is the other half of the CSV pair %1</source>
        <translation>找不到檔案；它是與 %1 配對的 CSV 檔案</translation>
    </message>
    <message>
        <source>cannot start a write transaction: %1</source>
        <translation>無法開始寫入交易：%1</translation>
    </message>
    <message>
        <source>the store cannot take imports: %1</source>
        <translation>資料庫無法接受匯入：%1</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>無法記錄本次匯入：%1</translation>
    </message>
    <message>
        <source>cannot create queue &quot;%1&quot;: %2</source>
        <translation>無法建立質檢佇列「%1」：%2</translation>
    </message>
    <message>
        <source>cannot add %1 to the queue: %2</source>
        <translation>無法將 %1 加入質檢佇列：%2</translation>
    </message>
    <message>
        <source>cannot write the rejects file: %1</source>
        <translation>無法寫入被拒紀錄檔：%1</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>無法提交本次匯入：%1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>無法開啟：%1</translation>
    </message>
    <message>
        <source>line is longer than %1 MiB; is this a JSON Lines file?</source>
        <translation>此行超過 %1 MiB；這是 JSON Lines 檔案嗎？</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 of the line (JSON Lines files must be UTF-8)</source>
        <translation>此行第 %1 個位元組的 UTF-8 編碼無效（JSON Lines 檔案必須使用 UTF-8 編碼）</translation>
    </message>
    <message>
        <source>; the file looks like GB18030/GBK: convert it to UTF-8, or use the CSV format</source>
        <translation>；此檔案似乎是 GB18030/GBK 編碼：請將其轉換為 UTF-8，或改用 CSV 格式</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1（位於第 %2 個字元）</translation>
    </message>
    <message>
        <source>expected a JSON object (one conversation per line)</source>
        <translation>應為 JSON 物件（每行一個對話）</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first seen in %2 line %3)</source>
        <translation>重複的 id「%1」（首次出現於 %2 第 %3 行）</translation>
    </message>
    <message>
        <source>the file is empty: no conversations to import</source>
        <translation>檔案是空的：沒有可匯入的對話</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>cannot tell the character encoding; pass it explicitly (e.g. --encoding GB18030)</source>
        <translation>無法判斷字元編碼；請明確指定（例如 --encoding GB18030）</translation>
    </message>
    <message>
        <source>unknown character encoding &quot;%1&quot;</source>
        <translation>未知的字元編碼「%1」</translation>
    </message>
    <message>
        <source>invalid %1 byte sequence at byte %2 of the file</source>
        <translation>檔案第 %2 個位元組處的 %1 位元組序列無效</translation>
    </message>
    <message>
        <source>contains NUL characters: this is not a text CSV file</source>
        <translation>含有 NUL 字元：這不是純文字的 CSV 檔案</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>缺少標題列</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header row</source>
        <translation>標題列中缺少欄位「%1」</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>應與標題列一樣有 %1 個欄位，實際為 %2 個</translation>
    </message>
    <message>
        <source>no conversation &quot;%1&quot; in %2</source>
        <translation>%2 中沒有對話「%1」</translation>
    </message>
    <message>
        <source>turn %1 of &quot;%2&quot; appears twice (first on line %3)</source>
        <translation>對話「%2」的第 %1 則發言重複出現（首次出現在第 %3 行）</translation>
    </message>
    <message>
        <source>the file has a header but no conversations</source>
        <translation>檔案只有標題列，沒有對話</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of a summary sentence</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>Average wait time</source>
        <translation>平均等待時長</translation>
    </message>
    <message>
        <source>Average turns per conversation</source>
        <translation>對話平均輪次</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次聯繫解決率</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>重複聯繫</translation>
    </message>
    <message>
        <source>First response time (chats)</source>
        <translation>首次回應時長（線上對話）</translation>
    </message>
    <message>
        <source>Average response time (chats)</source>
        <translation>平均回應時長（線上對話）</translation>
    </message>
    <message>
        <source>there is no indicator %1 (expected one of %2)</source>
        <translation>沒有指標 %1（應為下列之一：%2）</translation>
    </message>
    <message>
        <source>the indicator %1 has no threshold</source>
        <translation>指標 %1 沒有閾值</translation>
    </message>
    <message>
        <source>the threshold of %1 is a share from 0 to 1 (0.85 = 85%), not %2</source>
        <translation>%1 的閾值應為 0 到 1 之間的比例（0.85 = 85%），而非 %2</translation>
    </message>
    <message>
        <source>the CSAT threshold is from 1 to 5, not %1</source>
        <translation>滿意度閾值應為 1 到 5，而非 %1</translation>
    </message>
    <message>
        <source>the threshold of %1 is 0 to 86400 seconds, not %2</source>
        <translation>%1 的閾值應為 0 到 86400 秒，而非 %2</translation>
    </message>
    <message>
        <source>cannot store the threshold of %1</source>
        <translation>無法儲存 %1 的閾值</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the channel is call or chat, not %1</source>
        <translation>管道應為 call 或 chat，而非 %1</translation>
    </message>
    <message>
        <source>there is no business type %1 (expected one of %2)</source>
        <translation>沒有業務類型 %1（應為下列之一：%2）</translation>
    </message>
    <message>
        <source>there is no team %1</source>
        <translation>沒有班組 %1</translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation>沒有客服人員 %1</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>期間的開始（%1）晚於結束（%2）</translation>
    </message>
    <message>
        <source>indicators are grouped by team or agent, not %1</source>
        <translation>指標只能依班組（team）或客服人員（agent）分組，而非 %1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（無班組）</translation>
    </message>
    <message>
        <source>the limit must be at least 1, not %1</source>
        <translation>數量上限至少為 1，而非 %1</translation>
    </message>
    <message>
        <source>there are no conversations to sample</source>
        <translation>沒有可抽樣的對話</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>沒有對話 %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>cannot write %1: fonts are not available without the graphical application</source>
        <translation>無法寫入 %1：未在圖形介面程式中執行時無法使用字型</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>無法寫入 %1：無法開始產生 PDF</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be finished</source>
        <translation>無法寫入 %1：無法完成 PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>only part of it could be written (is the disk full?)</source>
        <translation>只寫入了一部分（磁碟是否已滿？）</translation>
    </message>
</context>
<context>
    <name>PeakDecoder</name>
    <message>
        <source>GStreamer is not available</source>
        <translation>GStreamer 無法使用</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>GStreamer is missing an element for decoding</source>
        <translation>GStreamer 缺少解碼所需的元件</translation>
    </message>
    <message>
        <source>unknown GStreamer error</source>
        <translation>未知的 GStreamer 錯誤</translation>
    </message>
    <message>
        <source>GStreamer could not start decoding</source>
        <translation>GStreamer 無法開始解碼</translation>
    </message>
    <message>
        <source>no audio track in %1</source>
        <translation>%1 中沒有音軌</translation>
    </message>
    <message>
        <source>this build has no GStreamer decoder</source>
        <translation>此版本未包含 GStreamer 解碼器</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>組長</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>QA manager</source>
        <translation>質檢主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>evaluate conversations</source>
        <translation>評估會話</translation>
    </message>
    <message>
        <source>reopen other inspectors&apos; evaluations</source>
        <translation>重新開啟其他質檢員的評估</translation>
    </message>
    <message>
        <source>change auto-QA rule sets</source>
        <translation>修改自動質檢規則集</translation>
    </message>
    <message>
        <source>publish scorecards</source>
        <translation>發佈評分表</translation>
    </message>
    <message>
        <source>change people&apos;s roles</source>
        <translation>修改人員角色</translation>
    </message>
    <message>
        <source>tag evaluations</source>
        <translation>為評估加標籤</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1（%2）無權%3</translation>
    </message>
    <message>
        <source>plan samples and assign queues</source>
        <translation>制定抽樣方案並分派質檢佇列</translation>
    </message>
    <message>
        <source>record feedback to agents</source>
        <translation>記錄對客服的回饋</translation>
    </message>
    <message>
        <source>change training collections</source>
        <translation>修改培訓案例集</translation>
    </message>
    <message>
        <source>see QA reports and indicators</source>
        <translation>檢視質檢報表與指標</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>QA Workbench</source>
        <translation>QA Workbench</translation>
    </message>
    <message>
        <source>Cannot open the store.

%1</source>
        <translation>無法開啟資料庫。

%1</translation>
    </message>
    <message>
        <source>Cannot prepare the store %1.

%2</source>
        <translation>無法初始化資料庫 %1。

%2</translation>
    </message>
    <message>
        <source>The demo queue could not be loaded: %1</source>
        <translation>無法載入示範佇列：%1</translation>
    </message>
    <message>
        <source>cannot open store %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver did not expose its handle</source>
        <translation>Qt SQLite 驅動程式未提供其底層控制代碼</translation>
    </message>
    <message>
        <source>%1 is not a QA Workbench store: %2</source>
        <translation>%1 不是 QA Workbench 資料庫：%2</translation>
    </message>
    <message>
        <source>store %1 has schema version %2, newer than this QA Workbench supports (%3); install a newer QA Workbench to open it</source>
        <translation>資料庫 %1 的結構描述版本為 %2，高於此版 QA Workbench 支援的版本（%3）；請安裝較新版的 QA Workbench 來開啟它</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a QA Workbench store</source>
        <translation>%1 是 SQLite 資料庫，但不是 QA Workbench 資料庫</translation>
    </message>
    <message>
        <source>cannot switch store %1 to WAL mode: %2</source>
        <translation>無法將資料庫 %1 切換為 WAL 模式：%2</translation>
    </message>
    <message>
        <source>cannot back up store %1 before upgrading it: %2</source>
        <translation>升級前無法備份資料庫 %1：%2</translation>
    </message>
    <message>
        <source>cannot lock store %1 for upgrade: %2</source>
        <translation>無法鎖定資料庫 %1 以進行升級：%2</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>此版本缺少遷移步驟 %1</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>遷移步驟 %1（%2）失敗：%3</translation>
    </message>
    <message>
        <source>cannot upgrade store %1: %2; the store was left unchanged</source>
        <translation>無法升級資料庫 %1：%2；資料庫未做任何變更</translation>
    </message>
    <message>
        <source> (backup: %1)</source>
        <translation> （備份：%1）</translation>
    </message>
    <message>
        <source>cannot upgrade store %1: %2</source>
        <translation>無法升級資料庫 %1：%2</translation>
    </message>
    <message>
        <source>cannot seal the audit log of %1: %2</source>
        <translation>無法封存 %1 的審計日誌：%2</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填欄位</translation>
    </message>
    <message>
        <source>expected a non-empty text id, got %1</source>
        <translation>id 應為非空白的文字，實際為 %1</translation>
    </message>
    <message>
        <source>id must be at most %1 characters without control characters</source>
        <translation>id 最多 %1 個字元，且不可包含控制字元</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>應為文字，實際為 %1</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>含有控制字元</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>應為 %1 其中之一，實際為 %2</translation>
    </message>
    <message>
        <source>expected a number of seconds ≥ 0, got %1</source>
        <translation>應為 ≥ 0 的秒數，實際為 %1</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a UTC offset (e.g. 2026-11-16T09:12:05+08:00), got %1</source>
        <translation>應為含 UTC 時差的 ISO 8601 時間（例如 2026-11-16T09:12:05+08:00），實際為 %1</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 5, got %1</source>
        <translation>應為 1 到 5 之間的整數，實際為 %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>應為 true 或 false，實際為 %1</translation>
    </message>
    <message>
        <source>only calls have audio</source>
        <translation>只有通話才有錄音</translation>
    </message>
    <message>
        <source>audio file not found: %1</source>
        <translation>找不到錄音檔：%1</translation>
    </message>
    <message>
        <source>expected two different channel numbers, e.g. {&quot;agent&quot;:0,&quot;customer&quot;:1}</source>
        <translation>應為兩個不同的聲道編號，例如 {&quot;agent&quot;:0,&quot;customer&quot;:1}</translation>
    </message>
    <message>
        <source>a channel map needs an audio file</source>
        <translation>聲道對應需要搭配錄音檔</translation>
    </message>
    <message>
        <source>expected a list of turns, got %1</source>
        <translation>應為發言清單，實際為 %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>應為物件，實際為 %1</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>含有 NUL 字元</translation>
    </message>
    <message>
        <source>calls need a start time in milliseconds ≥ 0, got %1</source>
        <translation>通話需要 ≥ 0 的開始時間（毫秒），實際為 %1</translation>
    </message>
    <message>
        <source>calls need an end time in milliseconds ≥ 0, got %1</source>
        <translation>通話需要 ≥ 0 的結束時間（毫秒），實際為 %1</translation>
    </message>
    <message>
        <source>ends (%1 ms) before it starts (%2 ms)</source>
        <translation>結束時間（%1 毫秒）早於開始時間（%2 毫秒）</translation>
    </message>
    <message>
        <source>chat messages need an ISO 8601 time with a UTC offset, got %1</source>
        <translation>線上對話訊息需要含 UTC 時差的 ISO 8601 時間，實際為 %1</translation>
    </message>
    <message>
        <source>expected a number of seconds, got &quot;%1&quot;</source>
        <translation>應為秒數，實際為「%1」</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 5, got &quot;%1&quot;</source>
        <translation>應為 1 到 5 之間的整數，實際為「%1」</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>應為 true 或 false，實際為「%1」</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;agent&quot;:0,&quot;customer&quot;:1}, got &quot;%1&quot;</source>
        <translation>應為 JSON 物件，例如 {&quot;agent&quot;:0,&quot;customer&quot;:1}，實際為「%1」</translation>
    </message>
    <message>
        <source>expected a whole number, got &quot;%1&quot;</source>
        <translation>應為整數，實際為「%1」</translation>
    </message>
    <message>
        <source>expected a whole number of milliseconds, got &quot;%1&quot;</source>
        <translation>應為整數毫秒數，實際為「%1」</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>channel is call or chat, not %1</source>
        <translation>管道應為 call 或 chat，而非 %1</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>期間的結束（%1）早於開始（%2）</translation>
    </message>
    <message>
        <source>unknown team %1</source>
        <translation>未知班組 %1</translation>
    </message>
    <message>
        <source>unknown agent %1</source>
        <translation>未知客服人員 %1</translation>
    </message>
    <message>
        <source>unknown scorecard %1</source>
        <translation>未知評分表 %1</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>區間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>To (excl.)</source>
        <translation>上限（不含）</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>標準差</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否決</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分數</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>客服人員 ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>評分表</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>評分項 ID</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>區塊</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>低於目標</translation>
    </message>
    <message>
        <source>Fatal item</source>
        <translation>一票否決項</translation>
    </message>
    <message>
        <source>Share of evaluations</source>
        <translation>評估佔比</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中次數</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Share of conversations</source>
        <translation>對話佔比</translation>
    </message>
    <message>
        <source>Inspector ID</source>
        <translation>質檢員 ID</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Mean score given</source>
        <translation>平均給分</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>已計時</translation>
    </message>
    <message>
        <source>Median review time (s)</source>
        <translation>審核時長中位數（秒）</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 物件：%1</translation>
    </message>
    <message>
        <source>format: expected &quot;qawb-rules/1&quot;</source>
        <translation>format：應為 &quot;qawb-rules/1&quot;</translation>
    </message>
    <message>
        <source>id: required</source>
        <translation>id：必填</translation>
    </message>
    <message>
        <source>version: a whole number ≥ 1 is required</source>
        <translation>version：必須為 ≥ 1 的整數</translation>
    </message>
    <message>
        <source>%1: id missing or not unique</source>
        <translation>%1：id 缺少或重複</translation>
    </message>
    <message>
        <source>%1: kind: expected one of %2</source>
        <translation>%1：kind：應為 %2 其中之一</translation>
    </message>
    <message>
        <source>%1: category: required</source>
        <translation>%1：category：必填</translation>
    </message>
    <message>
        <source>%1: severity: expected info, minor, major or critical</source>
        <translation>%1：severity：應為 info、minor、major 或 critical</translation>
    </message>
    <message>
        <source>%1: speaker: expected agent, customer or any</source>
        <translation>%1：speaker：應為 agent、customer 或 any</translation>
    </message>
    <message>
        <source>%1: phrases or regex: at least one is required</source>
        <translation>%1：phrases 或 regex：至少須提供其中一項</translation>
    </message>
    <message>
        <source>%1: window: give first_turns, first_seconds or last_turns</source>
        <translation>%1：window：請指定 first_turns、first_seconds 或 last_turns</translation>
    </message>
    <message>
        <source>%1: phrases: the words that announce a hold are required</source>
        <translation>%1：phrases：必填，即客服人員請客戶稍候（通話保留）時所用的說法</translation>
    </message>
    <message>
        <source>%1: threshold_s: a number of seconds &gt; 0 is required</source>
        <translation>%1：threshold_s：必須為 &gt; 0 的秒數</translation>
    </message>
    <message>
        <source>%1: regex &quot;%2&quot; does not compile (%3)</source>
        <translation>%1：正規表示式「%2」無法編譯（%3）</translation>
    </message>
    <message>
        <source>rules: at least one rule is required</source>
        <translation>rules：至少需要一條規則</translation>
    </message>
</context>
<context>
    <name>RuleSetRepository</name>
    <message>
        <source>rule set &quot;%1&quot; version %2 already exists with different rules; raise &quot;version&quot; to publish a change</source>
        <translation>規則集「%1」的版本 %2 已存在，但規則內容不同；若要發布變更，請調高 &quot;version&quot; 的值</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>未知用戶 %1</translation>
    </message>
</context>
<context>
    <name>SamplingPlan</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 物件：%1</translation>
    </message>
    <message>
        <source>format: expected &quot;qawb-sampling-plan/1&quot;</source>
        <translation>format：應為 &quot;qawb-sampling-plan/1&quot;</translation>
    </message>
    <message>
        <source>give either rate (0 &lt; rate ≤ 1) or count (&gt; 0)</source>
        <translation>請給出 rate（0 &lt; rate ≤ 1）或 count（&gt; 0）其中之一</translation>
    </message>
    <message>
        <source>rate: %1 is more than 1 (10% is 0.1)</source>
        <translation>rate：%1 大於 1（10% 應寫作 0.1）</translation>
    </message>
    <message>
        <source>stratify: unknown dimension %1 (one of: %2)</source>
        <translation>stratify：未知維度 %1（可選：%2）</translation>
    </message>
    <message>
        <source>per_agent: min and max must be ≥ 0 and min ≤ max</source>
        <translation>per_agent：min 和 max 必須 ≥ 0 且 min ≤ max</translation>
    </message>
    <message>
        <source>triggers[%1].kind: unknown %2 (one of: %3)</source>
        <translation>triggers[%1].kind：未知類型 %2（可選：%3）</translation>
    </message>
    <message>
        <source>triggers[%1].cap: every trigger needs a cap (so triggers cannot swamp the random part)</source>
        <translation>triggers[%1].cap：每個觸發條件都需要上限（以免擠佔隨機抽樣部分）</translation>
    </message>
    <message>
        <source>risk words (投诉, 退费…)</source>
        <translation>風險詞（投訴、退費…）</translation>
    </message>
    <message>
        <source>forbidden phrases</source>
        <translation>服務禁語</translation>
    </message>
    <message>
        <source>missing greeting</source>
        <translation>缺少問候語</translation>
    </message>
    <message>
        <source>low CSAT (≤ 2)</source>
        <translation>低滿意度（CSAT ≤ 2）</translation>
    </message>
    <message>
        <source>complaint business type</source>
        <translation>投訴類業務</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>重複進線</translation>
    </message>
    <message>
        <source>long silence</source>
        <translation>長時間靜默</translation>
    </message>
    <message>
        <source>agent indicator anomaly</source>
        <translation>客服指標異常</translation>
    </message>
    <message>
        <source>trigger: %1</source>
        <translation>觸發條件：%1</translation>
    </message>
    <message>
        <source>agent minimum</source>
        <translation>每位客服保底</translation>
    </message>
    <message>
        <source>random (stratified)</source>
        <translation>隨機（分層）</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>替換補入</translation>
    </message>
    <message>
        <source>imported into the queue</source>
        <translation>匯入時加入質檢佇列</translation>
    </message>
    <message>
        <source>period_days: expected at least 1, got %1</source>
        <translation>period_days：應至少為 1，實際為 %1</translation>
    </message>
    <message>
        <source>scope.channels: unknown channel %1 (call or chat)</source>
        <translation>scope.channels：未知的管道 %1（應為 call 或 chat）</translation>
    </message>
    <message>
        <source>scope.business_types: unknown business type %1 (one of: %2)</source>
        <translation>scope.business_types：未知的業務類型 %1（可選：%2）</translation>
    </message>
    <message>
        <source>exclude: min_call_s and min_chat_messages must be ≥ 0</source>
        <translation>exclude：min_call_s 和 min_chat_messages 必須 ≥ 0</translation>
    </message>
    <message>
        <source>repeat_days and anomaly.baseline_days must be ≥ 1 and anomaly.z &gt; 0</source>
        <translation>repeat_days 和 anomaly.baseline_days 必須 ≥ 1，且 anomaly.z 必須 &gt; 0</translation>
    </message>
</context>
<context>
    <name>SamplingRepository</name>
    <message>
        <source>a plan needs a name</source>
        <translation>方案需要名稱</translation>
    </message>
    <message>
        <source>there is no sampling plan called %1</source>
        <translation>沒有名為 %1 的抽樣方案</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>期間的結束日期早於開始日期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>scope.teams: there is no team called %1 in this store</source>
        <translation>scope.teams：此資料庫中沒有名為 %1 的班組</translation>
    </message>
    <message>
        <source>the sample is empty: no conversation of the period is eligible</source>
        <translation>樣本是空的：此期間內沒有符合條件的對話</translation>
    </message>
    <message>
        <source>there is no sample %1 (or the id is ambiguous)</source>
        <translation>沒有樣本 %1（或該 ID 不唯一）</translation>
    </message>
    <message>
        <source>sample %1 was already assigned (%2)</source>
        <translation>樣本 %1 已分派過了（分派時間：%2）</translation>
    </message>
    <message>
        <source>choose at least one inspector</source>
        <translation>請至少選擇一位質檢員</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>沒有使用者 %1</translation>
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation>%1 被選了兩次</translation>
    </message>
    <message>
        <source>%1 (%2) may not evaluate conversations</source>
        <translation>%1（%2）無權評估對話</translation>
    </message>
    <message>
        <source>calibration: expected 0 or more conversations</source>
        <translation>校準：對話數應為 0 或以上</translation>
    </message>
    <message>
        <source>calibration needs at least two inspectors</source>
        <translation>校準至少需要兩位質檢員</translation>
    </message>
    <message>
        <source>calibration: the sample has only %1 conversations</source>
        <translation>校準：此樣本只有 %1 個對話</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) belong to the teams of every chosen inspector (first: %1); add an inspector from another team or turn the own-team rule off</source>
        <translation>
            <numerusform>有 %n 個對話找不到非本組的質檢員（第一個：%1）；請加入其他班組的質檢員，或關閉「不質檢本組」規則</numerusform>
        </translation>
    </message>
    <message>
        <source>calibration: only %1 conversations may go to every chosen inspector (own-team rule)</source>
        <translation>校準：只有 %1 個對話可以分給所有已選的質檢員（受「不質檢本組」規則限制）</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <source>say why (the reason is recorded)</source>
        <translation>請說明原因（原因會被記錄）</translation>
    </message>
    <message>
        <source>there is no queue %1</source>
        <translation>沒有質檢佇列 %1</translation>
    </message>
    <message>
        <source>%1 is not in the queue %2</source>
        <translation>%1 不在質檢佇列 %2 中</translation>
    </message>
    <message>
        <source>%1 is already reviewed in this queue; reopen the evaluation instead</source>
        <translation>%1 在此質檢佇列中已完成質檢；請改為重新開啟該評估</translation>
    </message>
    <message>
        <source>%1 already has this conversation</source>
        <translation>%1 已有此對話</translation>
    </message>
    <message>
        <source>every inspector calibrates on the same conversations: replace it in a sample queue instead, or reassign it</source>
        <translation>每位質檢員校準的都是同一批對話：請改在抽樣質檢佇列中替換，或將其改派</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>沒有對話 %1</translation>
    </message>
    <message>
        <source>no other conversation of this agent in the period is still eligible</source>
        <translation>此客服在此期間內沒有其他仍符合條件的對話</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 物件：%1</translation>
    </message>
    <message>
        <source>format: expected &quot;qawb-scorecard/1&quot;</source>
        <translation>format：應為 &quot;qawb-scorecard/1&quot;</translation>
    </message>
    <message>
        <source>id: required</source>
        <translation>id：必填</translation>
    </message>
    <message>
        <source>sections: at least one section is required</source>
        <translation>sections：至少需要一個評分大項</translation>
    </message>
    <message>
        <source>%1.id: missing or not unique</source>
        <translation>%1.id：缺少或重複</translation>
    </message>
    <message>
        <source>%1.steps: a scale needs at least 1 step</source>
        <translation>%1.steps：分級評分項目至少需要 1 個級距</translation>
    </message>
    <message>
        <source>%1.options: a choice needs at least 2 options</source>
        <translation>%1.options：選擇題至少需要 2 個選項</translation>
    </message>
    <message>
        <source>%1: fatal items are yes/no questions</source>
        <translation>%1：一票否決項目只能是「是／否」題</translation>
    </message>
    <message>
        <source>%1.weight: must not be negative</source>
        <translation>%1.weight：不能為負數</translation>
    </message>
    <message>
        <source>%1.show_if: needs &quot;item&quot; and &quot;values&quot;</source>
        <translation>%1.show_if：需要 &quot;item&quot; 和 &quot;values&quot;</translation>
    </message>
    <message>
        <source>%1.show_if.item: %2 must be an earlier item</source>
        <translation>%1.show_if.item：%2 必須是之前的評分項</translation>
    </message>
    <message>
        <source>%1.deductions: every deduction needs a key (not &quot;ok&quot;, no commas)</source>
        <translation>%1.deductions：每個扣分項都需要 key（不能是 &quot;ok&quot;，不能含逗號）</translation>
    </message>
    <message>
        <source>%1.deductions: a deductions item needs at least one deduction</source>
        <translation>%1.deductions：扣分制評分項至少需要一個扣分項</translation>
    </message>
    <message>
        <source>%1.type: expected yesno, scale, choice or deductions</source>
        <translation>%1.type：應為 yesno、scale、choice 或 deductions</translation>
    </message>
    <message>
        <source>%1.reasons: every reason needs a key without commas</source>
        <translation>%1.reasons：每個原因都需要不含逗號的 key</translation>
    </message>
    <message>
        <source>%1.target: expected a pass rate between 0 and 1 (0.98 = 98%)</source>
        <translation>%1.target：應為 0 到 1 之間的合格率（0.98 = 98%）</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>no version %1 of scorecard %2</source>
        <translation>評分表 %2 沒有第 %1 版</translation>
    </message>
    <message>
        <source>no scorecard %1 in this store</source>
        <translation>此資料庫中沒有評分表 %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>cannot index conversation %1: %2</source>
        <translation>無法為對話 %1 建立索引：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing to search for (no letters, digits or Chinese characters)</source>
        <translation>「%1」中沒有可搜尋的內容（沒有字母、數字或漢字）</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>evaluation of %1 by %2</source>
        <translation>%2 對 %1 的評估</translation>
    </message>
    <message>
        <source>comment on %1 by %2</source>
        <translation>%2 對 %1 的評語</translation>
    </message>
    <message>
        <source>the shared store stayed locked by other computers; sync will try again</source>
        <translation>共享資料庫一直被其他電腦鎖定；稍後會再次嘗試同步</translation>
    </message>
    <message>
        <source>%1 is on a %2 mount with file locking switched off (%3): SQLite would corrupt a shared store there; remount it with locking (without nolock / nobrl)</source>
        <translation>%1 位於已關閉檔案鎖定的 %2 掛載上（%3）：SQLite 會損毀存放在該處的共享資料庫；請啟用檔案鎖定重新掛載（不要使用 nolock / nobrl）</translation>
    </message>
    <message>
        <source>no shared store is set</source>
        <translation>未設定共享資料庫</translation>
    </message>
    <message>
        <source>the shared store&apos;s folder %1 cannot be reached</source>
        <translation>無法存取共享資料庫所在的資料夾 %1</translation>
    </message>
    <message>
        <source>there is no shared store at %1 (create it with qawb sync --shared %1 --create)</source>
        <translation>%1 處沒有共享資料庫（可使用 qawb sync --shared %1 --create 建立）</translation>
    </message>
    <message>
        <source>the shared store %1 is read-only for this user</source>
        <translation>共享資料庫 %1 對目前使用者是唯讀的</translation>
    </message>
    <message>
        <source>the shared store is busy; sync will try again</source>
        <translation>共享資料庫忙碌中；稍後會再次嘗試同步</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在傳送</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: %3</source>
        <translation>%1 %2 無法傳送：%3</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>%1 %2 was not received: %3</source>
        <translation>%1 %2 無法接收：%3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>take local or remote, not %1</source>
        <translation>只能選擇 local 或 remote，而不是 %1</translation>
    </message>
    <message>
        <source>there is no open conflict %1</source>
        <translation>沒有未解決的衝突 %1</translation>
    </message>
    <message>
        <source>unknown document type %1</source>
        <translation>未知的文件類型 %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No evaluations in this period</source>
        <translation>此期間內沒有評估</translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation>合格線 %1</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>班組平均</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a name is needed</source>
        <translation>需要填寫姓名</translation>
    </message>
    <message>
        <source>cannot save the name: %1</source>
        <translation>無法保存姓名：%1</translation>
    </message>
    <message>
        <source>unknown role %1 (one of: %2)</source>
        <translation>未知角色 %1（可選：%2）</translation>
    </message>
    <message>
        <source>nobody with the login %1 uses this store</source>
        <translation>此資料庫中沒有登入名稱為 %1 的人員</translation>
    </message>
    <message>
        <source>%1 is the last admin of this store; make someone else admin first</source>
        <translation>%1 是此資料庫的最後一位管理員；請先指定其他管理員</translation>
    </message>
    <message>
        <source>there is no team called %1 in this store</source>
        <translation>此資料庫中沒有名為 %1 的班組</translation>
    </message>
</context>
<context>
    <name>qawb::AudioPlayer</name>
    <message>
        <source>Play / pause</source>
        <translation>播放/暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>播放進度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Cannot play the recording %1: %2</source>
        <translation>無法播放錄音 %1：%2</translation>
    </message>
    <message>
        <source>The recording %1 is damaged or in a format this system cannot play.</source>
        <translation>錄音 %1 已損毀，或其格式無法在此系統上播放。</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>這通通話沒有錄音。</translation>
    </message>
    <message>
        <source>Recording not found: %1</source>
        <translation>找不到錄音：%1</translation>
    </message>
    <message>
        <source>The recording cannot be read (check its permissions): %1</source>
        <translation>無法讀取錄音（請檢查檔案權限）：%1</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>倒退 5 秒（←）</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>快轉 5 秒（→）</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 減慢，] 加快）</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Loop the selected range, or the turn being played (L). Shift+drag on the waveform selects a range.</source>
        <translation>循環播放選取的時間段，或正在播放的這一輪（L）。在波形上按住 Shift 拖曳可選取時間段。</translation>
    </message>
</context>
<context>
    <name>qawb::CalibrationDialog</name>
    <message>
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>無缺失</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Agreement per item</source>
        <translation>各評分項一致性</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>答案對照</translation>
    </message>
    <message>
        <source>Score spread per conversation</source>
        <translation>各對話分數差異</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>校準場次</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>校準場次</translation>
    </message>
    <message>
        <source>Measure each inspector against the group, or against one inspector as the expert</source>
        <translation>將每位質檢員與整組比較，或以某位質檢員為專家進行比較</translation>
    </message>
    <message>
        <source>Amber: differs from the majority of the others (or from the expert). Double-click a row to open the conversation.</source>
        <translation>琥珀色：與其他多數人（或專家）不同。按兩下某列可開啟對話。</translation>
    </message>
    <message>
        <source>Double-click to open the conversation</source>
        <translation>按兩下開啟對話</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>場次：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比較對象：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Score spread</source>
        <translation>分數差異</translation>
    </message>
    <message>
        <source>%1 · %2 inspectors × %3 conversations · %4 of %5 submitted</source>
        <translation>%1 · %2 位質檢員 × %3 個對話 · 已提交 %4/%5</translation>
    </message>
    <message>
        <source>No calibration sessions yet. Create one with File ▸ Sample and assign…: &quot;Calibration conversations&quot; go to every chosen inspector, to be scored blind.</source>
        <translation>尚無校準場次。請透過「檔案 ▸ 抽樣與分派…」建立：「校準對話」會分派給每位選定的質檢員進行盲評。</translation>
    </message>
    <message>
        <source>No calibration session %1</source>
        <translation>沒有校準場次 %1</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>整組</translation>
    </message>
    <message>
        <source>Expert: %1</source>
        <translation>專家：%1</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>整組</translation>
    </message>
    <message numerus="yes">
        <source>Overall agreement %1, Krippendorff&apos;s α %2 over %n answer set(s); deviations measured against %3.</source>
        <translation>
            <numerusform>整體一致性 %1，基於 %n 組答案的 Krippendorff α 為 %2；偏差以 %3 為基準衡量。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) not submitted yet — the figures cover what has been submitted so far.</source>
        <translation>
            <numerusform>%n 份評估尚未提交——以下資料僅涵蓋目前已提交的評估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α 係數</translation>
    </message>
    <message>
        <source>Conversations compared</source>
        <translation>比較的對話數</translation>
    </message>
    <message>
        <source>Rater pairs</source>
        <translation>評分者配對數</translation>
    </message>
    <message>
        <source>Undefined: every answer was the same</source>
        <translation>無法計算：所有答案皆相同</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Differs from the majority of the others</source>
        <translation>與其他多數人不一致</translation>
    </message>
    <message>
        <source>Differs from the expert</source>
        <translation>與專家不一致</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>全距</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>標準差</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Mean deviation</source>
        <translation>平均偏差</translation>
    </message>
    <message>
        <source>Mean absolute deviation</source>
        <translation>平均絕對偏差</translation>
    </message>
    <message>
        <source>Items agreeing</source>
        <translation>一致的評分項</translation>
    </message>
    <message>
        <source>%1 (expert)</source>
        <translation>%1（專家）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Their score minus the others&apos; mean (or the expert&apos;s), on average: positive means they score higher</source>
        <translation>其評分與其他人平均分數（或專家評分）之差的平均值：正值表示其評分偏高</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>沒有可匯出的報表。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Export calibration report</source>
        <translation>匯出校準報表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>qawb::CallView</name>
    <message>
        <source>Call transcript</source>
        <translation>通話轉寫文字</translation>
    </message>
    <message>
        <source>This call has no transcript.</source>
        <translation>這通通話沒有轉寫文字。</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>無法產生波形：%1</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>無錄音</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>跟隨播放</translation>
    </message>
    <message>
        <source>Keep the turn being played in view</source>
        <translation>讓正在播放的輪次保持可見</translation>
    </message>
    <message>
        <source>Comment by %1: %2</source>
        <translation>%1 的評語：%2</translation>
    </message>
</context>
<context>
    <name>qawb::CaseLibraryDialog</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>案例庫</translation>
    </message>
    <message>
        <source>Words or Chinese fragments, all of which must occur: 退费 投诉, refund</source>
        <translation>詞語或中文片段，須全部出現：退費 投訴、refund</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Only conversations a submitted evaluation scored at most this</source>
        <translation>只看已提交評估分數不高於此值的對話</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>命中位置</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the case at the message that matched</source>
        <translation>按兩下或按 Enter：在命中的訊息處開啟案例</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Score ≤</source>
        <translation>分數 ≤</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班組</translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation>通話與線上</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限時間</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>不限結果</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <source>Any rule hit</source>
        <translation>不限規則命中</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>不限標籤</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>優秀案例</translation>
    </message>
    <message>
        <source>Bad example</source>
        <translation>反面案例</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>培訓案例</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <source>Type something to look for, or choose a filter.</source>
        <translation>請輸入要尋找的內容，或選擇篩選條件。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>Indexing new conversations: %1 of %2…</source>
        <translation>正在為新對話建立索引：%1 / %2…</translation>
    </message>
    <message>
        <source>Cancelled; what was indexed so far is kept.</source>
        <translation>已取消；已建立的索引會保留。</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>第 %1 則 %2</translation>
    </message>
    <message numerus="yes">
        <source>More than %n found; the newest are shown — narrow the search.</source>
        <translation>
            <numerusform>找到超過 %n 筆，僅顯示最新的 — 請縮小搜尋範圍。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>找到 %n 筆。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n new or changed conversation(s) indexed first)</source>
        <translation>
            <numerusform>（先為 %n 個新增或變更的對話建立了索引）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a collection…</source>
        <translation>加入案例集…</translation>
    </message>
    <message>
        <source>Added to &quot;%1&quot;.</source>
        <translation>已加入「%1」。</translation>
    </message>
</context>
<context>
    <name>qawb::CaseTableModel</name>
    <message>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>業務類型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>0 (fatal)</source>
        <translation>0（一票否決）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This case has import warnings (e.g. missing recording).</source>
        <translation>此案例匯入時有警告（例如缺少錄音）。</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message numerus="yes">
        <source>%n risk hit(s): risk words, forbidden phrases or critical rules</source>
        <translation>
            <numerusform>風險命中 %n 次：風險詞、服務禁語或嚴重等級規則</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-QA has not checked this case yet</source>
        <translation>自動質檢尚未檢查此案例</translation>
    </message>
</context>
<context>
    <name>qawb::ChatView</name>
    <message>
        <source>Chat transcript</source>
        <translation>線上對話紀錄</translation>
    </message>
    <message>
        <source>This chat has no messages.</source>
        <translation>此線上對話沒有任何訊息。</translation>
    </message>
    <message numerus="yes">
        <source>show more (%n characters)</source>
        <translation>
            <numerusform>展開全文（共 %n 字）</numerusform>
        </translation>
    </message>
    <message>
        <source>show less</source>
        <translation>收合</translation>
    </message>
    <message>
        <source>Agent replied after %1 s</source>
        <translation>客服 %1 秒後才回覆</translation>
    </message>
</context>
<context>
    <name>qawb::CoachingWindow</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>輔導會談</translation>
    </message>
    <message>
        <source>Session summary written to %1</source>
        <translation>輔導摘要已寫入 %1</translation>
    </message>
    <message>
        <source>%1 (%2) may look at coaching sessions but not record them</source>
        <translation>%1（%2）可以檢視輔導會談，但無法記錄</translation>
    </message>
    <message>
        <source>A new session, or one held before with this agent and how its action items stand</source>
        <translation>新增輔導會談，或選擇先前與此客服進行的會談並查看其改善事項的進度</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>Full screen with large type, to show the agent (F11; Esc to leave)</source>
        <translation>全螢幕大字顯示，方便給客服看（F11；按 Esc 離開）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Dispute this evaluation…</source>
        <translation>申訴此評估…</translation>
    </message>
    <message>
        <source>Open a dispute (申诉) of items of the case shown, on the agent&apos;s behalf</source>
        <translation>代客服針對目前案例的評分項提出申訴</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>客服人員：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>輔導會談：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Weakest items against the team</source>
        <translation>與班組相比最薄弱的評分項</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>The agent&apos;s evaluations</source>
        <translation>此客服的評估</translation>
    </message>
    <message>
        <source>Weakest items (pass rate)</source>
        <translation>最薄弱的評分項（合格率）</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Failed items of this case</source>
        <translation>此案例的不合格項目</translation>
    </message>
    <message>
        <source>Click: play the call from that moment, or show the chat message</source>
        <translation>按一下：從該時間點開始播放通話，或顯示對應的線上對話訊息</translation>
    </message>
    <message>
        <source>Failed items:</source>
        <translation>不合格項目：</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本次會談</translation>
    </message>
    <message>
        <source>What you talked about, what the agent said</source>
        <translation>談了哪些內容，客服怎麼說</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>會談紀錄</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>改善事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>改善事項</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>新增改善事項</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>Agent acknowledges…</source>
        <translation>客服確認…</translation>
    </message>
    <message>
        <source>The agent confirms the session with their name (and a comment if they wish)</source>
        <translation>客服填寫姓名以確認本次會談（也可附上留言）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>會談紀錄：</translation>
    </message>
    <message>
        <source>Agreed action items:</source>
        <translation>議定的改善事項：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There are no agents to coach in this store yet</source>
        <translation>此資料庫中還沒有可輔導的客服</translation>
    </message>
    <message>
        <source>There is no agent %1 among those you coach</source>
        <translation>您輔導的客服中沒有 %1</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last</source>
        <translation>期間的第一天晚於最後一天</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新增輔導會談</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n action item(s) open</source>
        <translation>
            <numerusform>%1 · %n 項改善事項中 %2 項未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Coaching session — %1</source>
        <translation>輔導會談 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n evaluation(s)</source>
        <translation>
            <numerusform>%1 · %n 個評估</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>平均分數 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>班組平均 %1</translation>
    </message>
    <message>
        <source>Failed %1 of %2</source>
        <translation>%2 次中不合格 %1 次</translation>
    </message>
    <message>
        <source>The team (this agent included): failed %1 of %2</source>
        <translation>班組（含此客服）：%2 次中不合格 %1 次</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否決</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Below pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>No submitted evaluations of %1 in this period</source>
        <translation>此期間內 %1 沒有已提交的評估</translation>
    </message>
    <message>
        <source>%1 · %2 · score %3 · inspector %4</source>
        <translation>%1 · %2 · 分數 %3 · 質檢員 %4</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>（一票否決）</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 則訊息</translation>
    </message>
    <message>
        <source>Auto-QA did not place this item at a moment</source>
        <translation>自動質檢未能將此評分項定位到特定時間點</translation>
    </message>
    <message>
        <source>Nothing failed</source>
        <translation>沒有不合格項目</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching note:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;輔導意見：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comment:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;評語：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Auto-QA did not place “%1” at a moment; look through the case</source>
        <translation>自動質檢未能將「%1」定位到特定時間點；請瀏覽整個案例</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>%1 已於 %2 確認</translation>
    </message>
    <message>
        <source>Recorded as soon as you write something</source>
        <translation>輸入任何內容後即會自動記錄</translation>
    </message>
    <message>
        <source>Held %1 by %2; not acknowledged yet</source>
        <translation>%2 於 %1 輔導；尚未確認</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>The session could not be stored: %1</source>
        <translation>無法儲存輔導會談：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已於 %1 儲存</translation>
    </message>
    <message>
        <source>%1 acknowledged the session</source>
        <translation>%1 已確認本次會談</translation>
    </message>
    <message>
        <source>Acknowledge the coaching session</source>
        <translation>確認輔導會談</translation>
    </message>
    <message>
        <source>Optional: anything the agent wants on record</source>
        <translation>選填：客服希望記錄在案的任何內容</translation>
    </message>
    <message>
        <source>The agent confirms that this session took place and what was agreed. After this the notes and action items cannot be changed; their status still can.</source>
        <translation>客服確認本次會談確實進行，並確認議定的內容。確認後，會談紀錄和改善事項將無法變更，但事項狀態仍可變更。</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>客服姓名：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>評語：</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Export the session as PDF</source>
        <translation>將輔導會談匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>Dispute opened; %1 decides it</source>
        <translation>已提出申訴；由 %1 裁定</translation>
    </message>
    <message>
        <source>Presenting: J / K or Page Down / Page Up move between cases; Esc leaves</source>
        <translation>簡報中：J / K 或 Page Down / Page Up 切換案例；按 Esc 離開</translation>
    </message>
    <message>
        <source>The session could not be stored: %1

Close anyway and lose the last changes?</source>
        <translation>輔導會談未能儲存：%1

仍要關閉並捨棄最近的變更嗎？</translation>
    </message>
</context>
<context>
    <name>qawb::CollectionsDialog</name>
    <message>
        <source>Exemplary</source>
        <translation>優良範例</translation>
    </message>
    <message>
        <source>Bad example</source>
        <translation>反面範例</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>培訓案例</translation>
    </message>
    <message>
        <source>From a case pack</source>
        <translation>來自案例包</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>從案例集中移除</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>開啟案例</translation>
    </message>
    <message>
        <source>Export anonymised pack…</source>
        <translation>匯出去識別化案例包…</translation>
    </message>
    <message>
        <source>Import pack…</source>
        <translation>匯入案例包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Training collections</source>
        <translation>培訓案例集</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>案例集</translation>
    </message>
    <message>
        <source>What this collection is for, how to use it in training…</source>
        <translation>本案例集的用途、在培訓中如何使用…</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>無備註。</translation>
    </message>
    <message>
        <source>Your note on this case: what to learn from it, where to look…</source>
        <translation>您對此案例的備註：可從中學到什麼、該注意哪些地方…</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>無備註。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the case in the workstation</source>
        <translation>按兩下或按 Enter：在工作台中開啟案例</translation>
    </message>
    <message>
        <source>Collections:</source>
        <translation>案例集：</translation>
    </message>
    <message>
        <source>Notes on the collection:</source>
        <translation>案例集備註：</translation>
    </message>
    <message>
        <source>Note on the selected case:</source>
        <translation>所選案例的備註：</translation>
    </message>
    <message>
        <source>Remove this case from the collection? The conversation and its evaluations stay in the store.</source>
        <translation>要從案例集中移除此案例嗎？對話及其評估仍會保留在資料庫中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 個案例）</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by %1, changed %2</source>
        <translation>由 %1 建立，修改於 %2</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>（一票否決）</translation>
    </message>
    <message>
        <source>Your note was not saved: %1</source>
        <translation>您的備註未儲存：%1</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; made. Add cases from the case library or the workstation.</source>
        <translation>已建立案例集「%1」。請從案例庫或工作台加入案例。</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新增案例集</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重新命名案例集</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>刪除案例集</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot; and your notes in it? The conversations and their evaluations stay in the store.</source>
        <translation>要刪除案例集「%1」及您在其中的備註嗎？對話及其評估仍會保留在資料庫中。</translation>
    </message>
    <message>
        <source>Export anonymised case pack</source>
        <translation>匯出去識別化案例包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Replace agents&apos; names and ids with pseudonyms (Agent 01, Agent 02, …)</source>
        <translation>將客服人員的姓名和員工編號替換為化名（Agent 01、Agent 02、…）</translation>
    </message>
    <message>
        <source>Replace inspectors&apos; names with pseudonyms</source>
        <translation>將質檢員的姓名替換為化名</translation>
    </message>
    <message>
        <source>Include the recordings</source>
        <translation>包含錄音</translation>
    </message>
    <message>
        <source>Recordings are copied as they are: names, phone numbers and other personal data spoken in them are NOT masked. Leave them out unless everyone who gets the pack may hear them.</source>
        <translation>錄音會依原樣複製：其中提及的姓名、電話號碼及其他個人資料都不會遮蔽。除非所有取得此案例包的人都可以聽取這些內容，否則請勿包含錄音。</translation>
    </message>
    <message>
        <source>Text is always masked: customers&apos; names, phone numbers, ID and bank card numbers, e-mail and postal addresses become [category] placeholders. Inspectors&apos; private notes never leave the store.</source>
        <translation>文字一律會遮蔽：客戶的姓名、電話號碼、身分證字號與銀行卡號、電子郵件與郵寄地址都會替換為 [類別] 標記。質檢員的私人備註絕不會離開資料庫。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>新資料夾：</translation>
    </message>
    <message>
        <source>Where to put the pack</source>
        <translation>案例包存放位置</translation>
    </message>
    <message>
        <source>Import case pack (the pack&apos;s folder)</source>
        <translation>匯入案例包（選擇案例包所在資料夾）</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1：%2 / %3…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was left behind.</source>
        <translation>匯出已取消，未留下任何檔案。</translation>
    </message>
    <message>
        <source>The pack was not exported: %1</source>
        <translation>案例包未匯出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1: %2 personal-data item(s) masked, %3 recording(s).</source>
        <translation>
            <numerusform>已將 %n 個案例匯出至 %1：已遮蔽 %2 項個人資料，含 %3 段錄音。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) could not be found and are not in the pack.</source>
        <translation>
            <numerusform>找不到 %n 段錄音，未納入案例包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the store is unchanged.</source>
        <translation>匯入已取消，資料庫未變更。</translation>
    </message>
    <message>
        <source>The pack was not imported: %1</source>
        <translation>案例包未匯入：%1</translation>
    </message>
    <message>
        <source>This pack was imported before; nothing changed.</source>
        <translation>此案例包先前已匯入，未做任何變更。</translation>
    </message>
    <message numerus="yes">
        <source>Imported into &quot;%1&quot;: %n new conversation(s), %2 evaluation(s).</source>
        <translation>
            <numerusform>已匯入至「%1」：%n 個新對話，%2 份評估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a training collection</source>
        <translation>加入培訓案例集</translation>
    </message>
    <message>
        <source>Choose a collection, or type a new name</source>
        <translation>選擇案例集，或輸入新名稱</translation>
    </message>
    <message>
        <source>What to learn from this case (optional)</source>
        <translation>可從此案例學到什麼（選填）</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>案例集：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>qawb::CommentPanel</name>
    <message>
        <source>Add (C)</source>
        <translation>新增(C)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>評語</translation>
    </message>
    <message>
        <source>Comment on the current moment of the call, or on the selected chat message</source>
        <translation>對通話的目前時刻或選取的聊天訊息新增評語</translation>
    </message>
    <message>
        <source>general</source>
        <translation>整體</translation>
    </message>
    <message>
        <source>Click to go to this moment</source>
        <translation>點擊跳到此處</translation>
    </message>
</context>
<context>
    <name>qawb::ConflictsDialog</name>
    <message>
        <source>%1 — the two versions differ here</source>
        <translation>%1 — 兩個版本在此處不同</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>偵測時間</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享資料庫</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>兩個版本</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Answers of the two versions</source>
        <translation>兩個版本的答案</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>保留本機版本</translation>
    </message>
    <message>
        <source>Keep the shared store&apos;s</source>
        <translation>保留共享資料庫版本</translation>
    </message>
    <message>
        <source>This computer&apos;s version is sent over the shared store&apos;s at the next sync</source>
        <translation>下次同步時，本機版本會覆蓋共享資料庫中的版本</translation>
    </message>
    <message>
        <source>The shared store&apos;s version replaces this computer&apos;s now</source>
        <translation>共享資料庫中的版本會立即取代本機版本</translation>
    </message>
    <message>
        <source>Evaluation of %1 by %2</source>
        <translation>%2 對 %1 的評估</translation>
    </message>
    <message>
        <source>Comment on %1 by %2</source>
        <translation>%2 對 %1 的評語</translation>
    </message>
    <message>
        <source>Open — choose a version</source>
        <translation>未解決 — 請選擇一個版本</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s (%1, %2)</source>
        <translation>已保留本機版本（%1，%2）</translation>
    </message>
    <message>
        <source>Kept the shared store&apos;s (%1, %2)</source>
        <translation>已保留共享資料庫版本（%1，%2）</translation>
    </message>
    <message>
        <source>There are no sync conflicts.</source>
        <translation>沒有同步衝突。</translation>
    </message>
    <message>
        <source>Every conflict has been settled.</source>
        <translation>所有衝突皆已解決。</translation>
    </message>
    <message>
        <source>Waiting for a decision: %1. These evaluations or comments changed both on this computer and in the shared store since they were last synced. Both versions are kept until you choose one.</source>
        <translation>等待您決定的衝突：%1 個。這些評估或評語自上次同步以來，在本機和共享資料庫中都有修改。在您選定其中一個版本之前，兩個版本都會保留。</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>請在上方選擇一個衝突。</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>%1 · fatal item failed</source>
        <translation>%1 · 一票否決項目未通過</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>General comment</source>
        <translation>整體評語</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>輔導意見</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最後修改時間</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交時間</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>先前的版本數</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>評分表</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 則訊息</translation>
    </message>
    <message>
        <source>general</source>
        <translation>整體</translation>
    </message>
    <message>
        <source>%1 「%2」</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已於 %1 刪除</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>A sync is running; choose when it has finished.</source>
        <translation>正在同步；請在同步完成後再選擇。</translation>
    </message>
    <message>
        <source>Choose an open conflict first.</source>
        <translation>請先選擇一個未解決的衝突。</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>無法解決：%1</translation>
    </message>
    <message>
        <source>This computer&apos;s version is kept; it goes to the shared store with the next sync.</source>
        <translation>已保留本機版本；下次同步時會傳送到共享資料庫。</translation>
    </message>
    <message>
        <source>The shared store&apos;s version is kept and is now on this computer.</source>
        <translation>已保留共享資料庫版本，本機已更新為該版本。</translation>
    </message>
</context>
<context>
    <name>qawb::ConversationView</name>
    <message>
        <source>Select a case in the list to review it.</source>
        <translation>請在清單中選取一個案例進行質檢。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>班組：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>業務類型：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始時間：%1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>時長：%1</translation>
    </message>
    <message>
        <source>Wait: %1 s</source>
        <translation>等待：%1 秒</translation>
    </message>
    <message>
        <source>CSAT: %1/5</source>
        <translation>滿意度：%1/5</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>顯示個人資料</translation>
    </message>
    <message>
        <source>Phone, ID and card numbers and e-mail addresses found by auto-QA are masked on screen until you reveal them.</source>
        <translation>自動質檢偵測到的電話號碼、身分證字號、卡號及電子郵件地址會在畫面上遮蔽，直到您選擇顯示為止。</translation>
    </message>
    <message>
        <source>%1: no suggestions</source>
        <translation>%1：無拼字建議</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rule hits</source>
        <translation>規則命中</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>評語</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>編輯評語</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
    <message>
        <source>Comment not saved: %1</source>
        <translation>評語未儲存：%1</translation>
    </message>
    <message>
        <source>Comment not deleted: %1</source>
        <translation>評語未刪除：%1</translation>
    </message>
    <message>
        <source>Rule hits (%1)</source>
        <translation>規則命中（%1）</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>評語（%1）</translation>
    </message>
    <message>
        <source>no conversation is open</source>
        <translation>沒有開啟的對話</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>新增評語</translation>
    </message>
    <message>
        <source>Comment at %1</source>
        <translation>%1 處的評語</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 則訊息</translation>
    </message>
    <message>
        <source>general</source>
        <translation>整體</translation>
    </message>
    <message>
        <source>%1 「%2」</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>comments cannot be added here</source>
        <translation>此處不能新增評語</translation>
    </message>
</context>
<context>
    <name>qawb::CsvReader</name>
    <message>
        <source>unterminated quoted field starting on line %1</source>
        <translation>從第 %1 行開始的引號欄位缺少結束引號</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>第 %1 行：結束引號後出現多餘文字</translation>
    </message>
</context>
<context>
    <name>qawb::DisplayHit</name>
    <message>
        <source>critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
</context>
<context>
    <name>qawb::DisputesDialog</name>
    <message>
        <source>Upheld</source>
        <translation>申訴成立</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>部分成立</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出時間</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>裁定人</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Disputed item</source>
        <translation>申訴的評分項</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>目前答案</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Disputed items</source>
        <translation>申訴的評分項</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我處理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>討論串</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Add to the thread…</source>
        <translation>補充說明…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>裁定結果</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Explain the decision to the agent.</source>
        <translation>向客服說明裁定理由。</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>裁定結果：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Take the dispute back (the one who opened it or a QA manager)</source>
        <translation>撤回申訴（限提出者或質檢主管）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open: %1 · waiting for your decision: %2</source>
        <translation>進行中：%1 · 待您裁定：%2</translation>
    </message>
    <message>
        <source>No disputes to show.</source>
        <translation>沒有可顯示的申訴。</translation>
    </message>
    <message>
        <source>Choose a dispute on the left.</source>
        <translation>請在左側選擇一項申訴。</translation>
    </message>
    <message>
        <source>Open — %1 decides</source>
        <translation>進行中 — 由 %1 裁定</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1（%2 於 %3 裁定）</translation>
    </message>
    <message>
        <source>Score %1 → %2 · revision %3</source>
        <translation>分數 %1 → %2 · 第 %3 版</translation>
    </message>
    <message>
        <source>Score %1 · revision %2</source>
        <translation>分數 %1 · 第 %2 版</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>分數 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · scored by %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Opened by %6 on %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 質檢員 %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6 於 %7 提出申訴</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>stands</source>
        <translation>維持不變</translation>
    </message>
    <message>
        <source>opened the dispute</source>
        <translation>提出了申訴</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>裁定：%1</translation>
    </message>
    <message>
        <source>withdrew it</source>
        <translation>撤回了申訴</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>評分項：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Answer now: %1</source>
        <translation>目前答案：%1</translation>
    </message>
    <message>
        <source>Set each answer as it should be, choose the outcome and explain it.</source>
        <translation>請將每個答案設為應有的值，選擇裁定結果並說明理由。</translation>
    </message>
    <message>
        <source>%1 decides this dispute (or a QA manager).</source>
        <translation>此申訴由 %1（或質檢主管）裁定。</translation>
    </message>
    <message>
        <source>The dispute was withdrawn.</source>
        <translation>此申訴已撤回。</translation>
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation>已由 %1 於 %2 裁定。</translation>
    </message>
    <message>
        <source>Choose a dispute first.</source>
        <translation>請先選擇一項申訴。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未能傳送：%1</translation>
    </message>
    <message>
        <source>Added to the thread.</source>
        <translation>已加入討論串。</translation>
    </message>
    <message>
        <source>Not decided: item &quot;%1&quot; is not disputed</source>
        <translation>未裁定：評分項「%1」未被申訴</translation>
    </message>
    <message>
        <source>Not decided: &quot;%1&quot; is not an answer to item &quot;%2&quot;</source>
        <translation>未裁定：「%1」不是評分項「%2」的有效答案</translation>
    </message>
    <message>
        <source>Not decided: the outcome is upheld, partly or rejected, not &quot;%1&quot;</source>
        <translation>未裁定：裁定結果只能是 upheld、partly 或 rejected，而不是「%1」</translation>
    </message>
    <message>
        <source>Not decided: %1 decides this dispute (or a QA manager).</source>
        <translation>未裁定：此申訴由 %1（或質檢主管）裁定。</translation>
    </message>
    <message>
        <source>Not decided: this dispute is not open.</source>
        <translation>未裁定：此申訴已不在進行中。</translation>
    </message>
    <message>
        <source>Not decided: choose the outcome.</source>
        <translation>未裁定：請選擇裁定結果。</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未裁定：%1</translation>
    </message>
    <message>
        <source>Decided: %1. The evaluation was re-scored: %2 → %3, now revision %4.</source>
        <translation>已裁定：%1。評估已重新評分：%2 → %3，目前為第 %4 版。</translation>
    </message>
    <message>
        <source>Decided: %1. The evaluation stands as it was.</source>
        <translation>已裁定：%1。評估維持原樣。</translation>
    </message>
    <message>
        <source>Withdraw the dispute</source>
        <translation>撤回申訴</translation>
    </message>
    <message>
        <source>Why is it withdrawn? (The note goes into the thread.)</source>
        <translation>為什麼撤回？（此說明會加入討論串。）</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>未能撤回：%1</translation>
    </message>
    <message>
        <source>The dispute was withdrawn; it does not count against the limit.</source>
        <translation>申訴已撤回；不計入申訴次數上限。</translation>
    </message>
    <message>
        <source>That dispute is no longer listed; nothing was withdrawn.</source>
        <translation>該申訴已不在清單中；未撤回任何申訴。</translation>
    </message>
</context>
<context>
    <name>qawb::FilterBar</name>
    <message>
        <source>Search ID, agent or team</source>
        <translation>搜尋 ID、客服人員或班組</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜尋案例</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>所有客服人員</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有班組</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>客服人員篩選</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>班組篩選</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>管道篩選</translation>
    </message>
    <message>
        <source>Business type filter</source>
        <translation>業務類型篩選</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有篩選條件</translation>
    </message>
    <message>
        <source>Risk hits only</source>
        <translation>僅顯示風險命中</translation>
    </message>
    <message>
        <source>Only cases where auto-QA found risk words, forbidden phrases or critical rule hits</source>
        <translation>僅顯示自動質檢發現風險詞、服務禁語或嚴重等級規則命中的案例</translation>
    </message>
</context>
<context>
    <name>qawb::HitListView</name>
    <message>
        <source>Rule hit</source>
        <translation>規則命中</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Rule hits</source>
        <translation>規則命中清單</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>qawb::ImportController</name>
    <message>
        <source>Importing conversations…</source>
        <translation>正在匯入對話…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>qawb::ImportDialog</name>
    <message>
        <source>Import the valid records and reject the invalid ones</source>
        <translation>匯入有效紀錄，拒絕無效紀錄</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>匯入對話</translation>
    </message>
    <message>
        <source>(do not add to a queue)</source>
        <translation>（不加入質檢佇列）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Only CSV files may use an encoding other than UTF-8.</source>
        <translation>只有 CSV 檔案可以使用 UTF-8 以外的編碼。</translation>
    </message>
    <message>
        <source>File for rejected records (optional)</source>
        <translation>儲存被拒紀錄的檔案（選填）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>被拒紀錄</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>質檢佇列</translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation>CSV 編碼</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>被拒紀錄</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>qawb::LeaderHome</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格項目</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>回饋期限</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>記錄回饋…</translation>
    </message>
    <message>
        <source>Coach this agent…</source>
        <translation>輔導此客服…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>Session held</source>
        <translation>會談時間</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未完成的改善事項</translation>
    </message>
    <message>
        <source>Open the session…</source>
        <translation>開啟輔導會談…</translation>
    </message>
    <message>
        <source>Disputes…</source>
        <translation>申訴…</translation>
    </message>
    <message>
        <source>Team feedback</source>
        <translation>班組回饋</translation>
    </message>
    <message>
        <source>Coaching follow-ups</source>
        <translation>輔導追蹤</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有班組</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班組：</translation>
    </message>
    <message>
        <source>Feedback to give</source>
        <translation>待回饋</translation>
    </message>
    <message>
        <source>Coaching follow-ups due</source>
        <translation>待追蹤的輔導</translation>
    </message>
    <message numerus="yes">
        <source>Feedback on time in the last 28 days: %1% (%2 of %3; %4 late, %5 overdue) · within %n hour(s)</source>
        <translation>
            <numerusform>近 28 天準時回饋率：%1%（%3 份中 %2 份準時；%4 份延遲回饋，%5 份已逾時）· 時限 %n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No feedback was due in the last 28 days · feedback is due within %n hour(s)</source>
        <translation>
            <numerusform>近 28 天沒有需要回饋的評估 · 回饋時限為 %n 小時</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>自 %1 起已逾時（%2）</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>%1 到期（%2）</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交於 %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 past due)</source>
        <translation>%1 / %2（%3 項已逾期）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No disputes are open.</source>
        <translation>沒有進行中的申訴。</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open, %1 opened by you or waiting for your decision.</source>
        <translation>
            <numerusform>%n 項申訴進行中，其中 %1 項由您提出或待您裁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>回饋已記錄</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>記錄回饋</translation>
    </message>
    <message>
        <source>Feedback given to %1 on %2. What was said (optional):</source>
        <translation>已就對話 %2 向 %1 回饋。回饋內容（選填）：</translation>
    </message>
</context>
<context>
    <name>qawb::MainWindow</name>
    <message>
        <source>QA Workbench</source>
        <translation>QA Workbench</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>質檢佇列</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>匯入對話(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>質檢(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>下一個案例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>上一個案例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>儲存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit evaluation</source>
        <translation>提交評分(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The new language is used the next time QA Workbench starts.</source>
        <translation>新的語言會在下次啟動 QA Workbench 時生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QA Workbench</source>
        <translation>關於 QA Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About QA Workbench</source>
        <translation>關於 QA Workbench</translation>
    </message>
    <message>
        <source>&lt;b&gt;QA Workbench %1&lt;/b&gt;&lt;p&gt;Quality assurance workstation for contact centres: review calls and chats, score them, coach agents.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;QA Workbench %1&lt;/b&gt;&lt;p&gt;客服中心品質檢核工作站：檢視通話與線上對話、進行評分並輔導客服人員。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>正在取消匯入…</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown</source>
        <translation>顯示 %1 個案例（共 %2 個）</translation>
    </message>
    <message>
        <source>No conversation with id %1 in this store.</source>
        <translation>此資料庫中沒有 ID 為 %1 的對話。</translation>
    </message>
    <message>
        <source>The conversation %1 is no longer in the store.</source>
        <translation>對話 %1 已不在資料庫中。</translation>
    </message>
    <message>
        <source>No scorecard is published for %1 conversations.</source>
        <translation>尚未發布適用於 %1 對話的評分表。</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>無法儲存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>草稿已於 %1 儲存</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>無法提交：%1</translation>
    </message>
    <message>
        <source>Submitted %1 with score %2.</source>
        <translation>已提交 %1，分數 %2。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>匯入對話</translation>
    </message>
    <message>
        <source>Conversations (*.jsonl *.ndjson *.csv);;JSON Lines (*.jsonl *.ndjson);;CSV pair (*.csv);;All files (*)</source>
        <translation>對話檔案 (*.jsonl *.ndjson *.csv);;JSON Lines (*.jsonl *.ndjson);;CSV 檔案組 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在匯入 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 還有 %n 個錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-QA %v/%m</source>
        <translation>自動質檢 %v/%m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop auto-QA (cases checked so far keep their hits)</source>
        <translation>停止自動質檢（已檢查的案例會保留其命中結果）</translation>
    </message>
    <message>
        <source>Import &amp;rule set…</source>
        <translation>匯入規則集(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export rule set…</source>
        <translation>匯出規則集(&amp;E)…</translation>
    </message>
    <message>
        <source>Next &amp;hit</source>
        <translation>下一個命中(&amp;H)</translation>
    </message>
    <message>
        <source>Previous h&amp;it</source>
        <translation>上一個命中(&amp;I)</translation>
    </message>
    <message>
        <source>Re-run &amp;auto-QA on this list</source>
        <translation>對此清單重新執行自動質檢(&amp;A)</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>匯入規則集</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>規則集檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知的錯誤</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>無法匯入 %1：
%2</translation>
    </message>
    <message>
        <source>Rule set imported; re-checking the conversations it changes…</source>
        <translation>規則集已匯入；正在重新檢查受影響的對話…</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>匯出規則集</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>規則集檔案 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>播放/暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Back 5 seconds</source>
        <translation>倒退 5 秒(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward 5 seconds</source>
        <translation>快轉 5 秒(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>減慢(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加快(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Next / previous case</source>
        <translation>下一個 / 上一個案例</translation>
    </message>
    <message>
        <source>Next / previous rule hit</source>
        <translation>下一個 / 上一個規則命中</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
    <message>
        <source>Play / pause the call</source>
        <translation>播放 / 暫停通話錄音</translation>
    </message>
    <message>
        <source>Back / forward 5 seconds</source>
        <translation>倒退 / 快轉 5 秒</translation>
    </message>
    <message>
        <source>Slower / faster playback</source>
        <translation>減慢 / 加快播放</translation>
    </message>
    <message>
        <source>Save the draft (drafts also save themselves)</source>
        <translation>儲存草稿（草稿也會自動儲存）</translation>
    </message>
    <message>
        <source>Submit the evaluation</source>
        <translation>提交評分</translation>
    </message>
    <message>
        <source>Move through the scoring form and its answers</source>
        <translation>在評分表及其選項間移動</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本清單</translation>
    </message>
    <message>
        <source>Playback keys work anywhere except in text fields and on buttons, which keep their own keys.</source>
        <translation>播放快速鍵在文字欄位和按鈕以外的任何位置都可使用；文字欄位和按鈕保留各自的按鍵功能。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>&amp;Comment on this moment or selection…</source>
        <translation>對目前時刻或選取內容評語(&amp;C)…</translation>
    </message>
    <message>
        <source>Next co&amp;mment</source>
        <translation>下一則評語(&amp;M)</translation>
    </message>
    <message>
        <source>Previous comm&amp;ent</source>
        <translation>上一則評語(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Loop the selection or the current turn</source>
        <translation>循環播放選取段或目前一輪(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation>清除選取(&amp;C)</translation>
    </message>
    <message>
        <source>Comment on the selected words, the selected range, or the current moment or message</source>
        <translation>對選取的文字、選取的時間段，或目前時刻/訊息寫評語</translation>
    </message>
    <message>
        <source>Next / previous comment</source>
        <translation>下一則 / 上一則評語</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+拖曳</translation>
    </message>
    <message>
        <source>Select a time range on the waveform (Esc clears it)</source>
        <translation>在波形上選取時間段（Esc 清除）</translation>
    </message>
    <message>
        <source>Loop the selected range, or the turn being played</source>
        <translation>循環播放選取的時間段，或正在播放的這一輪</translation>
    </message>
    <message>
        <source>&amp;Reopen evaluation…</source>
        <translation>重新開啟評估(&amp;R)…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>個人資料(&amp;P)…</translation>
    </message>
    <message>
        <source>Store: %1 — signed in as %2 (%3)</source>
        <translation>資料庫：%1 — 目前使用者 %2（%3）</translation>
    </message>
    <message>
        <source>Reopen evaluation</source>
        <translation>重新開啟評估</translation>
    </message>
    <message>
        <source>Why does this submitted evaluation need to change? The submitted revision is kept, and the reason is recorded.</source>
        <translation>為什麼需要修改這份已提交的評估？已提交的版本會保留，原因會被記錄。</translation>
    </message>
    <message>
        <source>Not reopened: %1</source>
        <translation>未能重新開啟：%1</translation>
    </message>
    <message>
        <source>Reopened as revision %1.</source>
        <translation>已重新開啟為第 %1 版。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Tags not saved: %1</source>
        <translation>標籤未儲存：%1</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>標籤已儲存。</translation>
    </message>
    <message>
        <source>Edit &amp;scorecards…</source>
        <translation>編輯評分表(&amp;S)…</translation>
    </message>
    <message>
        <source>QA managers and admins edit and publish scorecards</source>
        <translation>質檢主管和管理員可編輯並發佈評分表</translation>
    </message>
    <message>
        <source>Undo / redo an answer</source>
        <translation>復原 / 重做答案</translation>
    </message>
    <message>
        <source>Sample and &amp;assign…</source>
        <translation>抽樣與分派(&amp;A)…</translation>
    </message>
    <message>
        <source>QA managers and admins draw samples and assign them to inspectors</source>
        <translation>質檢主管和管理員可抽取樣本並分派給質檢員</translation>
    </message>
    <message>
        <source>&amp;Queue progress…</source>
        <translation>質檢佇列進度(&amp;Q)…</translation>
    </message>
    <message>
        <source>%1 %v/%m</source>
        <translation>%1 %v/%m</translation>
    </message>
    <message>
        <source>Sy&amp;nc now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Send your work to the shared store and pick up your colleagues&apos;</source>
        <translation>將您的工作傳送到共享資料庫，並取得同事的工作</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步衝突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Shared store…</source>
        <translation>共享資料庫(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync with the shared store now</source>
        <translation>立即與共享資料庫同步</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>正在停止同步…</translation>
    </message>
    <message>
        <source>The sync settings could not be saved in the store.</source>
        <translation>無法將同步設定儲存到資料庫中。</translation>
    </message>
    <message>
        <source>Sync is off: your work stays on this computer.</source>
        <translation>同步已關閉：您的工作只會保留在本機。</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在與 %1 同步…</translation>
    </message>
    <message>
        <source>New sync conflicts: %1 — see Review ▸ Sync conflicts…</source>
        <translation>新增同步衝突 %1 個 — 請查看「質檢 ▸ 同步衝突…」</translation>
    </message>
    <message>
        <source>Your evaluation of %1 was updated from the shared store.</source>
        <translation>您對 %1 的評估已依共享資料庫更新。</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>輔導(&amp;C)</translation>
    </message>
    <message>
        <source>Team &amp;feedback…</source>
        <translation>班組回饋(&amp;F)…</translation>
    </message>
    <message>
        <source>Coaching &amp;session…</source>
        <translation>輔導會談(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Disputes…</source>
        <translation>申訴(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) wait for your decision — Coaching ▸ Disputes…</source>
        <translation>
            <numerusform>%n 個申訴等待您裁定 — 輔導 ▸ 申訴…</numerusform>
        </translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>案例庫(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Training collections…</source>
        <translation>培訓案例集(&amp;T)…</translation>
    </message>
    <message>
        <source>Add this case to a &amp;collection…</source>
        <translation>將此案例加入案例集(&amp;C)…</translation>
    </message>
    <message>
        <source>Added to &quot;%1&quot;.</source>
        <translation>已加入「%1」。</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>報表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reports and indicators…</source>
        <translation>報表與指標(&amp;R)…</translation>
    </message>
    <message>
        <source>Ca&amp;libration sessions…</source>
        <translation>校準活動(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a case first, then add it to a collection.</source>
        <translation>請先開啟一個案例，再將其加入案例集。</translation>
    </message>
</context>
<context>
    <name>qawb::OpenDisputeDialog</name>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>提出申訴</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>評分項</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>原答案</translation>
    </message>
    <message>
        <source>Inspector&apos;s comment</source>
        <translation>質檢員評語</translation>
    </message>
    <message>
        <source>Scorecard items</source>
        <translation>評分表中的評分項</translation>
    </message>
    <message>
        <source>What does the agent say is wrong? Point at the moment if you can.</source>
        <translation>客服認為哪裡有誤？如有可能，請指出具體時間點。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>裁定人</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>提出申訴</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>裁定人：</translation>
    </message>
    <message>
        <source>Tick the items the agent disputes (failed ones are shaded):</source>
        <translation>勾選客服申訴的評分項（不合格項目以底色標示）：</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>評估 %1</translation>
    </message>
    <message>
        <source>The scorecard of this evaluation is missing.</source>
        <translation>缺少此評估的評分表。</translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>沒有評估 %1。</translation>
    </message>
    <message>
        <source>%1 · fatal item failed</source>
        <translation>%1 · 一票否決項目未通過</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Agent: %3 · Inspector: %4&lt;br&gt;Score: %5 · Submitted: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;客服人員：%3 · 質檢員：%4&lt;br&gt;分數：%5 · 提交時間：%6</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Disputes are opened within %1 days; at most %2 per evaluation.</source>
        <translation>申訴須在 %1 天內提出；每個評估最多申訴 %2 次。</translation>
    </message>
    <message>
        <source>The time to dispute this one ended on %1.</source>
        <translation>此評估的申訴期限已於 %1 結束。</translation>
    </message>
    <message>
        <source>This one until %1.</source>
        <translation>此評估可申訴至 %1。</translation>
    </message>
    <message>
        <source>Disputed %1 time(s) so far.</source>
        <translation>目前已申訴 %1 次。</translation>
    </message>
    <message>
        <source>One is still open.</source>
        <translation>有一項申訴仍在進行中。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 (inspector who scored it)</source>
        <translation>%1（評分的質檢員）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>You cannot open disputes: %1</source>
        <translation>您無法提出申訴：%1</translation>
    </message>
    <message>
        <source>Only a submitted evaluation can be disputed.</source>
        <translation>只有已提交的評估才能申訴。</translation>
    </message>
    <message>
        <source>Tick the items the agent disputes.</source>
        <translation>請勾選客服申訴的評分項。</translation>
    </message>
    <message>
        <source>Say what the agent says is wrong.</source>
        <translation>請說明客服認為哪裡有誤。</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>未能提出：%1</translation>
    </message>
    <message>
        <source>Dispute opened.</source>
        <translation>已提出申訴。</translation>
    </message>
</context>
<context>
    <name>qawb::ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Your name appears on your evaluations and comments, and in the audit log.</source>
        <translation>您的姓名會顯示在您的評估、評語和審計日誌中。</translation>
    </message>
    <message>
        <source>e.g. 张敏</source>
        <translation>例如：張敏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles are given by an admin of this store (the first person to use it): qawb users role LOGIN ROLE.</source>
        <translation>角色由此資料庫的管理員（第一位使用者）分配：qawb users role 登入名稱 角色。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>qawb::QueueListModel</name>
    <message>
        <source>All conversations</source>
        <translation>所有對話</translation>
    </message>
    <message>
        <source>%1  (%2/%3 done)</source>
        <translation>%1  (已完成 %2/%3)</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 分鐘</translation>
    </message>
    <message>
        <source>≈ %1 h %2 min</source>
        <translation>≈ %1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>抽樣</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <source>%1  (%2/%3 done · %4 left)</source>
        <translation>%1  (已完成 %2/%3 · 剩餘 %4)</translation>
    </message>
    <message>
        <source>%1
Inspector: %2
%3 submitted, %4 drafts, %5 cases
Expected review time left: %6</source>
        <translation>%1
質檢員：%2
已提交 %3 個，草稿 %4 個，共 %5 個案例
剩餘預計質檢時長：%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>qawb::QueueProgressDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>質檢佇列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>質檢佇列</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計時長</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>入選原因</translation>
    </message>
    <message>
        <source>Conversations of the queue</source>
        <translation>質檢佇列中的對話</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes to the queue</source>
        <translation>質檢佇列的變更</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替換…</translation>
    </message>
    <message>
        <source>Queue progress — all inspectors</source>
        <translation>質檢佇列進度 — 所有質檢員</translation>
    </message>
    <message>
        <source>Queue progress — your queues</source>
        <translation>質檢佇列進度 — 我的質檢佇列</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更紀錄</translation>
    </message>
    <message>
        <source>Move the selected conversation to another inspector (the reason is recorded)</source>
        <translation>將選取的對話移交給其他質檢員（原因會被記錄）</translation>
    </message>
    <message>
        <source>Replace the selected conversation by another eligible one of the same agent (the reason is recorded)</source>
        <translation>將選取的對話替換為同一位客服的另一個符合條件的對話（原因會被記錄）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>There are no queues yet.</source>
        <translation>目前還沒有質檢佇列。</translation>
    </message>
    <message>
        <source>You have no queues.</source>
        <translation>您沒有質檢佇列。</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s): %1 of %2 conversations reviewed, %3</source>
        <translation>
            <numerusform>%n 個質檢佇列：已質檢 %1 個對話（共 %2 個），%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <source>nothing left</source>
        <translation>已全部完成</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation>從 %1 改派給 %2</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>替換為 %1</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>變更紀錄（%1）</translation>
    </message>
    <message>
        <source>Choose a queue first.</source>
        <translation>請先選擇一個質檢佇列。</translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation>無法改派：%1</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已改派給 %2。</translation>
    </message>
    <message>
        <source>Not replaced: %1</source>
        <translation>無法替換：%1</translation>
    </message>
    <message>
        <source>%1 replaced by %2.</source>
        <translation>%1 已替換為 %2。</translation>
    </message>
    <message>
        <source>Reassign conversation</source>
        <translation>改派對話</translation>
    </message>
    <message>
        <source>Move %1 from %2&apos;s queue to another inspector. The reason is recorded.</source>
        <translation>將 %1 從 %2 的質檢佇列移交給其他質檢員。原因會被記錄。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>改派給：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>There is no other inspector who may evaluate conversations.</source>
        <translation>沒有其他有權評估對話的質檢員。</translation>
    </message>
    <message>
        <source>Replace conversation</source>
        <translation>替換對話</translation>
    </message>
    <message>
        <source>Replace %1 by another conversation of %2 from the sample&apos;s period that is still eligible. The reason is recorded.</source>
        <translation>將 %1 替換為 %2 在此樣本期間內另一個仍符合條件的對話。原因會被記錄。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替換</translation>
    </message>
    <message>
        <source>e.g. the inspector is on leave; a conflict of interest</source>
        <translation>例如：質檢員請假；有利益衝突</translation>
    </message>
    <message>
        <source>e.g. the recording is damaged</source>
        <translation>例如：錄音損毀</translation>
    </message>
</context>
<context>
    <name>qawb::ReportsWindow</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Only those missing the threshold</source>
        <translation>僅顯示未達閾值者</translation>
    </message>
    <message>
        <source>Sample these…</source>
        <translation>抽樣這些對話…</translation>
    </message>
    <message>
        <source>Reports and indicators</source>
        <translation>報表與指標</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按週</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Whole selection only</source>
        <translation>僅顯示整體</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按班組</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按客服人員</translation>
    </message>
    <message>
        <source>Put the listed conversations into a sample, to assign to inspectors</source>
        <translation>將列出的對話放入樣本，以分派給質檢員</translation>
    </message>
    <message>
        <source>Click a figure to list the conversations behind it</source>
        <translation>按一下數字即可列出其對應的對話</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the conversation in the workstation</source>
        <translation>按兩下或按 Enter：在工作台中開啟對話</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>分數分布</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Pass rate per item</source>
        <translation>各評分項合格率</translation>
    </message>
    <message>
        <source>Most-hit auto-QA rules (all conversations in the selection):</source>
        <translation>命中最多的自動質檢規則（所選範圍內的所有對話）：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Sample these</source>
        <translation>抽樣這些對話</translation>
    </message>
    <message numerus="yes">
        <source>Make a sample of these %n conversation(s)? You then choose the inspectors to assign it to.</source>
        <translation>
            <numerusform>要以這 %n 個對話建立樣本嗎？接著您可選擇要分派給哪些質檢員。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上個月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>First day (the conversation&apos;s own date)</source>
        <translation>起始日期（依對話本身的日期）</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>結束日期（含當天）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班組</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服人員</translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation>通話與線上對話</translation>
    </message>
    <message>
        <source>All business types</source>
        <translation>全部業務類型</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Bringing the report figures up to date…</source>
        <translation>正在更新報表資料…</translation>
    </message>
    <message>
        <source>Score distribution…</source>
        <translation>分數分布…</translation>
    </message>
    <message>
        <source>Trend…</source>
        <translation>趨勢…</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>排名…</translation>
    </message>
    <message>
        <source>Pass rate per item…</source>
        <translation>各評分項合格率…</translation>
    </message>
    <message>
        <source>Problems…</source>
        <translation>問題…</translation>
    </message>
    <message>
        <source>Inspectors…</source>
        <translation>質檢員…</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>指標…</translation>
    </message>
    <message>
        <source>Cancelled; the pages still show the previous figures.</source>
        <translation>已取消，各頁面仍顯示先前的資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted evaluation(s) in %1 (calibration evaluations are not counted).</source>
        <translation>
            <numerusform>%1 內共 %n 份已提交的評估（不含校準評估）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) · mean %1 · median %2 · standard deviation %3 · passed %4 · fatal %5</source>
        <translation>
            <numerusform>%n 份評估 · 平均分數 %1 · 中位數 %2 · 標準差 %3 · 合格 %4 · 一票否決 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluations per score band</source>
        <translation>各分數區間評估數</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Mean score and pass rate</source>
        <translation>平均分數與合格率</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分數</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>合格率（%）</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（無班組）</translation>
    </message>
    <message>
        <source>Mean score — the best %1</source>
        <translation>平均分數——前 %1 名</translation>
    </message>
    <message>
        <source>Pass rate per item (%) against its target</source>
        <translation>各評分項合格率（%）與目標對照</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Most-failed items</source>
        <translation>不合格最多的評分項</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Evaluations submitted</source>
        <translation>已提交評估數</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>%1
(%2 %3)</source>
        <translation>%1
（%2 %3）</translation>
    </message>
    <message>
        <source>Whole selection</source>
        <translation>整體</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) behind this figure</source>
        <translation>
            <numerusform>此數字對應的 %n 個對話</numerusform>
        </translation>
    </message>
    <message>
        <source>Misses the threshold</source>
        <translation>未達閾值</translation>
    </message>
    <message numerus="yes">
        <source>Far from its own baseline: %1 over the previous %n period(s), z = %2</source>
        <translation>
            <numerusform>明顯偏離自身基線：前 %n 個期間為 %1，z = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators (%1 ⚠)</source>
        <translation>指標（%1 ⚠）</translation>
    </message>
    <message>
        <source>Click a figure above to list the conversations behind it.</source>
        <translation>按一下上方的數字即可列出其對應的對話。</translation>
    </message>
    <message>
        <source>whole selection</source>
        <translation>整體</translation>
    </message>
    <message>
        <source>Customer satisfaction (1–5), %1</source>
        <translation>客戶滿意度（1–5），%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>contacted again</source>
        <translation>重複聯繫</translation>
    </message>
    <message>
        <source>no repeat</source>
        <translation>無重複聯繫</translation>
    </message>
    <message>
        <source>misses the threshold</source>
        <translation>未達閾值</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n conversation(s) listed, %3 missing the threshold (newest first, at most %4).</source>
        <translation>
            <numerusform>%1 · %2：列出 %n 個對話，其中 %3 個未達閾值（由新到舊，最多 %4 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>List some conversations first: click a figure on the indicators page.</source>
        <translation>請先列出一些對話：在指標頁面上按一下某個數字。</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1 made of %n conversation(s).</source>
        <translation>
            <numerusform>已建立樣本 %1，包含 %n 個對話。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: conversations</source>
        <translation>%1：對話數</translation>
    </message>
    <message>
        <source>%1: threshold</source>
        <translation>%1：閾值</translation>
    </message>
    <message>
        <source>%1: meets</source>
        <translation>%1：達標</translation>
    </message>
    <message>
        <source>%1: anomaly</source>
        <translation>%1：異常</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>分數區間</translation>
    </message>
    <message>
        <source>Most-hit rules</source>
        <translation>命中最多的規則</translation>
    </message>
    <message>
        <source>Nothing to export yet: the figures are still being computed.</source>
        <translation>尚無可匯出的內容：資料仍在計算中。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>QA Workbench · %1 · %2</source>
        <translation>QA Workbench · %1 · %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>qawb::SamplingDialog</name>
    <message>
        <source>Sample and assign</source>
        <translation>抽樣與分派</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>抽樣方案</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>已儲存的方案</translation>
    </message>
    <message>
        <source>Saved plans…</source>
        <translation>已儲存的方案…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>從檔案匯入…</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>儲存方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Stores the plan under its name, replacing a saved plan of that name</source>
        <translation>以方案名稱儲存，並取代同名的已儲存方案</translation>
    </message>
    <message>
        <source>Import sampling plan</source>
        <translation>匯入抽樣方案</translation>
    </message>
    <message>
        <source>Sampling plans (*.json);;All files (*)</source>
        <translation>抽樣方案檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 is not a sampling plan:
%2</source>
        <translation>%1 不是抽樣方案：
%2</translation>
    </message>
    <message>
        <source>Choose a saved plan to delete.</source>
        <translation>請選擇要刪除的已儲存方案。</translation>
    </message>
    <message>
        <source>Delete sampling plan</source>
        <translation>刪除抽樣方案</translation>
    </message>
    <message>
        <source>Delete the saved plan “%1”? Samples drawn with it keep their copy.</source>
        <translation>刪除已儲存的方案「%1」？用它抽取的樣本會保留各自的方案副本。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>樣本規模</translation>
    </message>
    <message>
        <source>e.g. 周报抽样</source>
        <translation>例如：週報抽樣</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Share of the eligible</source>
        <translation>按符合條件對話的比例</translation>
    </message>
    <message>
        <source>Fixed number</source>
        <translation>固定數量</translation>
    </message>
    <message>
        <source>Share of the eligible conversations, in percent</source>
        <translation>符合條件對話的抽取比例（百分比）</translation>
    </message>
    <message>
        <source>Number of conversations</source>
        <translation>對話數量</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>抽取量：</translation>
    </message>
    <message>
        <source>The same plan, seed and conversations always draw the same sample</source>
        <translation>相同的方案、隨機種子和對話一定會抽出相同的樣本</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新隨機種子</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>隨機種子：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The period the plan draws from by default: this many days up to yesterday</source>
        <translation>方案預設的抽樣期間：從昨天往前推算的天數</translation>
    </message>
    <message>
        <source>Default period:</source>
        <translation>預設期間：</translation>
    </message>
    <message>
        <source>Scope (nothing ticked: all)</source>
        <translation>範圍（都不勾選即為全部）</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <source>Business types:</source>
        <translation>業務類型：</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>班組：</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>抽取方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>業務類型</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>時段（小時）</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Hour and weekday together make many small strata</source>
        <translation>同時按時段和星期分層會產生許多很小的分層</translation>
    </message>
    <message>
        <source>Stratify by agent and:</source>
        <translation>按客服人員分層，並按：</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>無上限</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Per agent:</source>
        <translation>每位客服人員：</translation>
    </message>
    <message>
        <source>Triggers (always picked, each up to its cap)</source>
        <translation>觸發條件（符合即抽取，各自不超過上限）</translation>
    </message>
    <message>
        <source>At most this many conversations are picked by this trigger</source>
        <translation>此觸發條件最多抽取的對話數</translation>
    </message>
    <message>
        <source>Cap for %1</source>
        <translation>%1 的上限</translation>
    </message>
    <message>
        <source>Repeat contact within:</source>
        <translation>重複進線時限：</translation>
    </message>
    <message>
        <source>An agent&apos;s indicators in the period against the days before it</source>
        <translation>將客服在此期間內的指標與之前若干天進行比較</translation>
    </message>
    <message>
        <source>Anomaly baseline:</source>
        <translation>異常偵測基準期：</translation>
    </message>
    <message>
        <source>How many standard errors the agent&apos;s mean must move</source>
        <translation>客服平均值須偏離幾個標準誤</translation>
    </message>
    <message>
        <source>Anomaly threshold (z):</source>
        <translation>異常門檻（z）：</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Conversations already evaluated</source>
        <translation>已評估的對話</translation>
    </message>
    <message>
        <source>Conversations in another open queue</source>
        <translation>已在其他未關閉質檢佇列中的對話</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>無下限</translation>
    </message>
    <message>
        <source>Calls shorter than:</source>
        <translation>通話時長短於：</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 則訊息</translation>
    </message>
    <message>
        <source>Chats with fewer than:</source>
        <translation>線上對話少於：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期間的第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期間的最後一天</translation>
    </message>
    <message>
        <source>Draws the sample without storing it</source>
        <translation>抽取樣本但不儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期間：從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Set up the plan and the period, then preview the sample.</source>
        <translation>設定方案和期間，然後預覽樣本。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>分層</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>抽中對話</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合條件</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已抽取</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>按客服人員</translation>
    </message>
    <message>
        <source>Per stratum</source>
        <translation>按分層</translation>
    </message>
    <message>
        <source>Per reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>對話數</translation>
    </message>
    <message>
        <source>Expected (h:mm)</source>
        <translation>預計時長（h:mm）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>質檢佇列</translation>
    </message>
    <message>
        <source>Assigned queues</source>
        <translation>已分派的質檢佇列</translation>
    </message>
    <message>
        <source>Create sample</source>
        <translation>建立樣本</translation>
    </message>
    <message>
        <source>Stores the previewed sample (with its plan and seed) so it can be assigned</source>
        <translation>儲存預覽的樣本（連同其方案和隨機種子），以便分派</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Create a sample first.</source>
        <translation>請先建立樣本。</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>This many conversations go to every chosen inspector, to compare their scores</source>
        <translation>發給每位已選質檢員的相同對話數，用於比較各人的評分</translation>
    </message>
    <message>
        <source>Inspectors never review their own team</source>
        <translation>質檢員不質檢本組</translation>
    </message>
    <message>
        <source>Makes one queue per inspector, balanced by expected review time</source>
        <translation>為每位質檢員建立一個質檢佇列，依預計質檢時長平均分配</translation>
    </message>
    <message>
        <source>Calibration conversations:</source>
        <translation>校準對話數：</translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation>質檢員：</translation>
    </message>
    <message>
        <source>The plan or the period changed since this preview: preview again before creating the sample.</source>
        <translation>方案或期間在此次預覽後已變更：請重新預覽後再建立樣本。</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <translation>%1（此資料庫中沒有）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no saved plan called %1.</source>
        <translation>沒有名為 %1 的已儲存方案。</translation>
    </message>
    <message>
        <source>The saved plan %1 cannot be read: %2</source>
        <translation>無法讀取已儲存的方案 %1：%2</translation>
    </message>
    <message>
        <source>Plan %1 loaded (saved %2).</source>
        <translation>已載入方案 %1（儲存於 %2）。</translation>
    </message>
    <message>
        <source>Plan imported from %1; save it to keep it in this store.</source>
        <translation>已從 %1 匯入方案；儲存後才會保留在此資料庫中。</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>方案未儲存：%1</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>方案 %1 已儲存。</translation>
    </message>
    <message>
        <source>The plan was not deleted: %1</source>
        <translation>方案未刪除：%1</translation>
    </message>
    <message>
        <source>Plan %1 deleted.</source>
        <translation>方案 %1 已刪除。</translation>
    </message>
    <message>
        <source>The plan is not complete: %1</source>
        <translation>方案不完整：%1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Reading conversations…</source>
        <translation>正在讀取對話…</translation>
    </message>
    <message>
        <source>Drawing the sample…</source>
        <translation>正在抽取樣本…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <source>Reading conversations: %v of %m</source>
        <translation>正在讀取對話：%v / %m</translation>
    </message>
    <message>
        <source>Nothing to sample: no conversation of the period is eligible.</source>
        <translation>沒有可抽取的對話：此期間內沒有符合條件的對話。</translation>
    </message>
    <message>
        <source>Preview ready. Create the sample to store it, or change the plan and preview again.</source>
        <translation>預覽已完成。建立樣本即可儲存，或修改方案後重新預覽。</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>預覽已取消。</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>預覽失敗：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1:00–%2:00</source>
        <translation>%1:00–%2:00</translation>
    </message>
    <message>
        <source>already evaluated</source>
        <translation>已評估</translation>
    </message>
    <message>
        <source>in another open queue</source>
        <translation>在其他未關閉的質檢佇列中</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>過短</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 個%2</translation>
    </message>
    <message>
        <source>%1 – %2: %3 eligible, target %4, picked %5. Left out: %6.</source>
        <translation>%1 – %2：符合條件 %3 個，目標 %4 個，已抽取 %5 個。已排除：%6。</translation>
    </message>
    <message>
        <source>This preview is already stored as a sample.</source>
        <translation>此預覽已儲存為樣本。</translation>
    </message>
    <message>
        <source>Preview the sample first.</source>
        <translation>請先預覽樣本。</translation>
    </message>
    <message>
        <source>The sample was not created: %1</source>
        <translation>無法建立樣本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1: %n conversation(s), not assigned yet. Choose the inspectors.</source>
        <translation>
            <numerusform>樣本 %1：%n 個對話，尚未分派。請選擇質檢員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample %1 created with %n conversation(s).</source>
        <translation>
            <numerusform>已建立樣本 %1，共 %n 個對話。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>無法分派：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1: %n conversation(s), assigned.</source>
        <translation>
            <numerusform>樣本 %1：%n 個對話，已分派。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned: %n queue(s) made, %1 calibration conversation(s) for every inspector.</source>
        <translation>
            <numerusform>已分派：建立了 %n 個質檢佇列，每位質檢員另有 %1 個校準對話。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned: %n queue(s) made.</source>
        <translation>
            <numerusform>已分派：建立了 %n 個質檢佇列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qawb::ScoreForm</name>
    <message>
        <source>Save draft</source>
        <translation>儲存草稿</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Overall comment on this case</source>
        <translation>對此案例的整體評語</translation>
    </message>
    <message>
        <source>Coaching note for the agent and team leader</source>
        <translation>給客服人員與組長的輔導意見</translation>
    </message>
    <message>
        <source>Private note (only inspectors see it)</source>
        <translation>私人備註（僅質檢員可見）</translation>
    </message>
    <message>
        <source>General comment</source>
        <translation>整體評語</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>輔導意見</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>私人備註</translation>
    </message>
    <message>
        <source>Submit the evaluation (Ctrl+Enter)</source>
        <translation>提交評分（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you work</source>
        <translation>作業期間草稿也會自動儲存</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>輔導意見</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私人備註</translation>
    </message>
    <message>
        <source>Open a case to score it.</source>
        <translation>開啟一個案例即可評分。</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Submitted %1. This evaluation is final.</source>
        <translation>已於 %1 提交。此評分已定案，無法再修改。</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（v%2）</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否決</translation>
    </message>
    <message>
        <source>Bonus +%1</source>
        <translation>加分項 +%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pt(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (required when failed)</source>
        <translation>評語（未通過時必填）</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>對「%1」的評語</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n to answer)</source>
        <translation>
            <numerusform>（還有 %n 項未作答）</numerusform>
        </translation>
    </message>
    <message>
        <source>One-vote veto: %1. The evaluation scores 0.</source>
        <translation>一票否決：%1。本次評分為 0 分。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新開啟…</translation>
    </message>
    <message>
        <source>Reopen this submitted evaluation to change it (needs a reason; the submitted revision is kept)</source>
        <translation>重新開啟這份已提交的評估以便修改（需填寫原因；已提交的版本會保留）</translation>
    </message>
    <message>
        <source>Revision %1. Revision %2 (score %3) was reopened %4: %5</source>
        <translation>第 %1 版。第 %2 版（得分 %3）於 %4 被重新開啟：%5</translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions are kept: %n</source>
        <translation>
            <numerusform>已保留之前的 %n 個版本</numerusform>
        </translation>
    </message>
    <message>
        <source>No deductions</source>
        <translation>無扣分</translation>
    </message>
    <message>
        <source>−%1 %2</source>
        <translation>−%1 %2</translation>
    </message>
    <message>
        <source>see the hits</source>
        <translation>請查看命中</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>無命中</translation>
    </message>
    <message>
        <source>Auto-QA suggested %1 — overridden</source>
        <translation>自動質檢建議「%1」— 已改判</translation>
    </message>
    <message>
        <source>Auto-QA: %1</source>
        <translation>自動質檢：%1</translation>
    </message>
    <message>
        <source>answer to “%1”</source>
        <translation>「%1」的答案</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>優秀案例</translation>
    </message>
    <message>
        <source>Bad example</source>
        <translation>反面案例</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>培訓案例</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <source>Your role does not score conversations; the form is shown read-only.</source>
        <translation>您的角色不負責評分；評分表以唯讀方式顯示。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>qawb::ScorecardEditor</name>
    <message>
        <source>N/A allowed</source>
        <translation>允許不適用</translation>
    </message>
    <message>
        <source>Fatal (一票否决)</source>
        <translation>一票否決</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分項</translation>
    </message>
    <message>
        <source>Comment required when failed</source>
        <translation>未通過時必須填寫評語</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>發佈為新版本</translation>
    </message>
    <message>
        <source>Scorecard editor</source>
        <translation>評分表編輯器</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation>分組與評分項</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>新增分組</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增評分項</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Select a section or an item to edit it.</source>
        <translation>選擇一個分組或評分項進行編輯。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>Title (中文)</source>
        <translation>標題（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>標題（英文）</translation>
    </message>
    <message>
        <source>choice / deductions, one per line:
key | points | 中文 | English</source>
        <translation>選項或扣分項，每行一個：
識別碼 | 分值 | 中文 | 英文</translation>
    </message>
    <message>
        <source>auto-QA rules, e.g. greeting.missing</source>
        <translation>關聯的自動質檢規則，如 greeting.missing</translation>
    </message>
    <message>
        <source>only when: item = value, value</source>
        <translation>僅當：評分項 = 答案, 答案</translation>
    </message>
    <message>
        <source>Question (简体)</source>
        <translation>問題（簡體）</translation>
    </message>
    <message>
        <source>Question (繁體)</source>
        <translation>問題（繁體）</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>問題（英文）</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>評分說明</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>答案類型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Scale steps</source>
        <translation>分檔數</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Shown if</source>
        <translation>顯示條件</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>評分表</translation>
    </message>
    <message>
        <source>Name (中文)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Preview — click answers to try the scoring</source>
        <translation>預覽 — 點選答案試算得分</translation>
    </message>
    <message>
        <source>Ready to publish: the next version of %1.</source>
        <translation>可以發佈：%1 的下一個版本。</translation>
    </message>
    <message>
        <source>Cannot publish yet: %1</source>
        <translation>暫不能發佈：%1</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新分組</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新問題</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未發佈：%1</translation>
    </message>
    <message>
        <source>Published version %1. Evaluations already scored keep their version.</source>
        <translation>已發佈第 %1 版。已評分的評估保留原版本。</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>與第 %1 版相比沒有變化。</translation>
    </message>
    <message>
        <source>reason codes asked when the item fails, one per line:
key | 中文 | English</source>
        <translation>未通過時詢問的原因，每行一個：
識別碼 | 中文 | 英文</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>qawb::SharedStoreDialog</name>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Create it if it does not exist</source>
        <translation>若不存在則建立</translation>
    </message>
    <message>
        <source>Also share drafts</source>
        <translation>一併共享草稿</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享資料庫</translation>
    </message>
    <message>
        <source>The team&apos;s shared store is one file in a shared folder (a network drive or a synced folder everyone can write to). QA Workbench sends your work there and picks up your colleagues&apos; every two minutes, after each submission and when you press F5. Leave the field empty to keep everything on this computer.</source>
        <translation>團隊的共享資料庫是共用資料夾（網路磁碟機或每個人都能寫入的同步資料夾）中的一個檔案。每隔兩分鐘、每次提交後以及您按下 F5 時，QA Workbench 都會將您的工作傳送到該處，並取得同事的工作。此欄位留空，則所有資料都只會保留在本機。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>Shared store file</source>
        <translation>共享資料庫檔案</translation>
    </message>
    <message>
        <source>Browse for the shared store file</source>
        <translation>瀏覽並選擇共享資料庫檔案</translation>
    </message>
    <message>
        <source>Drafts are then visible to everyone with access to the shared store, and continue on your other computers. Private notes never leave this computer.</source>
        <translation>勾選後，所有能存取共享資料庫的人都能看到草稿，您也可以在其他電腦上繼續編輯草稿。私人備註一律只保留在本機。</translation>
    </message>
    <message>
        <source>Shared store &amp;file:</source>
        <translation>共享資料庫檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the shared store</source>
        <translation>選擇共享資料庫</translation>
    </message>
    <message>
        <source>QA Workbench stores (*.qawb *.sqlite *.db)</source>
        <translation>QA Workbench 資料庫 (*.qawb *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Sync is off: your work stays on this computer.</source>
        <translation>同步已關閉：您的工作只會保留在本機。</translation>
    </message>
    <message>
        <source>A store exists there; it is synced with this computer&apos;s.</source>
        <translation>該位置已有資料庫；它會與本機的資料庫同步。</translation>
    </message>
    <message>
        <source>That is a folder: give the name of a file in it.</source>
        <translation>這是一個資料夾：請指定其中的檔案名稱。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be reached now.</source>
        <translation>目前無法存取資料夾 %1。</translation>
    </message>
    <message>
        <source>There is no store there yet.</source>
        <translation>該位置還沒有資料庫。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>That is this computer&apos;s own store; the shared store must be another file.</source>
        <translation>這是本機自己的資料庫；共享資料庫必須是另一個檔案。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be reached.</source>
        <translation>資料夾 %1 不存在或無法存取。</translation>
    </message>
    <message>
        <source>There is no shared store at %1. Tick “Create it if it does not exist” to start one there.</source>
        <translation>%1 處沒有共享資料庫。勾選「若不存在則建立」即可在該位置建立一個。</translation>
    </message>
    <message>
        <source>A shared store cannot be kept there.</source>
        <translation>無法在該位置存放共享資料庫。</translation>
    </message>
</context>
<context>
    <name>qawb::SyncStatusButton</name>
    <message>
        <source>1 evaluation</source>
        <translation>1 份評估</translation>
    </message>
    <message>
        <source>%1 evaluations</source>
        <translation>%1 份評估</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 則評語</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 則評語</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 個對話</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 個對話</translation>
    </message>
    <message>
        <source>1 queue</source>
        <translation>1 個質檢佇列</translation>
    </message>
    <message>
        <source>%1 queues</source>
        <translation>%1 個質檢佇列</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 個樣本</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 個樣本</translation>
    </message>
    <message>
        <source>1 sampling plan</source>
        <translation>1 個抽樣方案</translation>
    </message>
    <message>
        <source>%1 sampling plans</source>
        <translation>%1 個抽樣方案</translation>
    </message>
    <message>
        <source>1 scorecard</source>
        <translation>1 張評分表</translation>
    </message>
    <message>
        <source>%1 scorecards</source>
        <translation>%1 張評分表</translation>
    </message>
    <message>
        <source>1 rule set</source>
        <translation>1 個規則集</translation>
    </message>
    <message>
        <source>%1 rule sets</source>
        <translation>%1 個規則集</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 位人員</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 位人員</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 個班組</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 個班組</translation>
    </message>
    <message>
        <source>1 agent</source>
        <translation>1 位客服人員</translation>
    </message>
    <message>
        <source>%1 agents</source>
        <translation>%1 位客服人員</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 項變更</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 項變更</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 個衝突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 個衝突</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步狀態</translation>
    </message>
    <message>
        <source>Nothing changed on either side.</source>
        <translation>本機與共享資料庫都沒有變更。</translation>
    </message>
    <message>
        <source>Sent to the shared store: %1</source>
        <translation>已傳送到共享資料庫：%1</translation>
    </message>
    <message>
        <source>Received from the shared store: %1</source>
        <translation>已從共享資料庫接收：%1</translation>
    </message>
    <message>
        <source>Audit entries: %1 sent, %2 received</source>
        <translation>審計記錄：已傳送 %1 條，已接收 %2 條</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>上次同步時間：%1。</translation>
    </message>
    <message>
        <source>Not synced yet since QA Workbench started.</source>
        <translation>自 QA Workbench 啟動以來尚未同步。</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>同步已關閉</translation>
    </message>
    <message>
        <source>No shared store is set: your work stays on this computer.</source>
        <translation>未設定共享資料庫：您的工作只會保留在本機。</translation>
    </message>
    <message>
        <source>Click to choose the team&apos;s shared store.</source>
        <translation>點擊以選擇團隊的共享資料庫。</translation>
    </message>
    <message>
        <source>Sync on</source>
        <translation>同步已開啟</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <translation>共享資料庫：%1</translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation>點擊以立即同步（F5）。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已於 %1 同步</translation>
    </message>
    <message>
        <source>Offline — %1 waiting</source>
        <translation>離線 — %1待同步</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: %1</source>
        <translation>無法存取共享資料庫：%1</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer and sent at the next sync that reaches it.</source>
        <translation>您的變更會保留在本機，並在下次成功連上共享資料庫的同步中傳送。</translation>
    </message>
    <message>
        <source>Click to try again now (F5).</source>
        <translation>點擊以立即重試（F5）。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失敗：%1</translation>
    </message>
    <message>
        <source>An evaluation or comment changed both here and in the shared store since they were last synced. Click to choose which version to keep.</source>
        <translation>有評估或評語自上次同步以來在本機和共享資料庫中都有修改。點擊以選擇要保留的版本。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>qawb::TrendChartWidget</name>
    <message>
        <source>Score trend by week</source>
        <translation>每週分數趨勢</translation>
    </message>
</context>
<context>
    <name>qawb::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>Computing the waveform…</source>
        <translation>正在產生波形…</translation>
    </message>
    <message>
        <source>Click or drag to seek; Shift+drag to select a range</source>
        <translation>點擊或拖曳以定位；按住 Shift 拖曳選取時間段</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>循環</translation>
    </message>
</context>
<context>
    <name>qawb::i18n</name>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>qawb::labels</name>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>業務辦理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>機器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待質檢</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>熱線</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>網頁線上</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
</context>
</TS>
