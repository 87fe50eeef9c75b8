<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>entry %1 (%2) is not sealed into the chain</source>
        <translation>第 %1 条记录（%2）未封入哈希链</translation>
    </message>
    <message>
        <source>entry %1 is missing (the log jumps from %2 to %3)</source>
        <translation>缺少第 %1 条记录（日志从 %2 跳到 %3）</translation>
    </message>
    <message>
        <source>entry %1 (%2 on %3 %4, %5) does not match its seal: it was changed, or an entry before it was</source>
        <translation>第 %1 条记录（%3 %4 上的 %2，%5）与其封印不符：它或它之前的记录被改动过</translation>
    </message>
</context>
<context>
    <name>AutoQaRunner</name>
    <message numerus="yes">
        <source>Auto-QA cancelled after %n conversation(s); their hits are kept.</source>
        <translation>
            <numerusform>自动质检已取消，已检查 %n 个会话；这些会话的命中结果已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-QA failed: %1</source>
        <translation>自动质检失败：%1</translation>
    </message>
    <message>
        <source>Auto-QA checked %1 conversation(s) (%2 up to date), %3 hit(s).</source>
        <translation>自动质检已检查 %1 个会话（另有 %2 个已是最新），共命中 %3 次。</translation>
    </message>
    <message>
        <source>the store has no usable rule set</source>
        <translation>数据库中没有可用的规则集</translation>
    </message>
</context>
<context>
    <name>CalibrationRepository</name>
    <message>
        <source>%1 is the beginning of more than one sample id; give more of it</source>
        <translation>%1 是多个样本 ID 的开头；请输入更多位</translation>
    </message>
    <message>
        <source>there is no sample %1</source>
        <translation>没有样本 %1</translation>
    </message>
    <message>
        <source>sample %1 has no calibration queues (assign it with --calibration K)</source>
        <translation>样本 %1 没有校准队列（派单时使用 --calibration K）</translation>
    </message>
    <message>
        <source>%1 did not score this calibration session</source>
        <translation>%1 未参与此次校准评分</translation>
    </message>
</context>
<context>
    <name>CasePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no collection %1</source>
        <translation>没有案例集 %1</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new folder for the pack</source>
        <translation>%1 已存在：请为案例包选择一个新文件夹</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>conversation %1 is missing from the store</source>
        <translation>数据库中缺少会话 %1</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>无法在 %1 中写入</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>cannot copy the recording of %1 to the pack</source>
        <translation>无法将 %1 的录音复制到案例包</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>cannot move the pack into %1</source>
        <translation>无法将案例包移动到 %1</translation>
    </message>
    <message>
        <source>%1 is not a folder (a case pack is a folder; unzip it first)</source>
        <translation>%1 不是文件夹（案例包是一个文件夹；请先解压）</translation>
    </message>
    <message>
        <source>%1: missing: this folder is not a case pack</source>
        <translation>%1：缺失：此文件夹不是案例包</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1：JSON 无效（%2，位于第 %3 字节）</translation>
    </message>
    <message>
        <source>%1: format: expected &quot;%2&quot;, got %3</source>
        <translation>%1：format：应为“%2”，实际为 %3</translation>
    </message>
    <message>
        <source>%1: version: this build reads version %2 packs, the pack is version %3</source>
        <translation>%1：version：此版本程序读取版本 %2 的案例包，而该案例包为版本 %3</translation>
    </message>
    <message>
        <source>%1: pack_id: required field is missing</source>
        <translation>%1：pack_id：缺少必填字段</translation>
    </message>
    <message>
        <source>%1: pack_id: expected letters, digits and dashes</source>
        <translation>%1：pack_id：只能包含字母、数字和短横线</translation>
    </message>
    <message>
        <source>%1: collection.name: required field is missing</source>
        <translation>%1：collection.name：缺少必填字段</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 1</source>
        <translation>应为 ≥ 1 的整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
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
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>%1 is not in evaluations</source>
        <translation>%1 不在 evaluations 中</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3)</source>
        <translation>%1:%2：JSON 无效（%3）</translation>
    </message>
    <message>
        <source>%1:%2: id: required field is missing</source>
        <translation>%1:%2：id：缺少必填字段</translation>
    </message>
    <message>
        <source>%1:%2: audio: must stay inside the pack</source>
        <translation>%1:%2：audio：必须位于案例包内</translation>
    </message>
    <message>
        <source>cannot create user %1</source>
        <translation>无法创建用户 %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>QA Workbench command line: import conversations and inspect a store.</source>
        <translation>QA Workbench 命令行工具：导入会话并查看数据库。</translation>
    </message>
    <message>
        <source>The store to use (default: %1).</source>
        <translation>要使用的数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Print stable JSON instead of text.</source>
        <translation>输出格式稳定的 JSON，而不是文本。</translation>
    </message>
    <message>
        <source>import: add the conversations to this queue; cases: list this queue.</source>
        <translation>import：将会话加入此质检队列；cases：列出此质检队列中的案例。</translation>
    </message>
    <message>
        <source>import: import the valid records and reject the rest.</source>
        <translation>import：导入有效记录，拒绝其余记录。</translation>
    </message>
    <message>
        <source>import: with --skip-invalid, write rejected records and reasons here.</source>
        <translation>import：与 --skip-invalid 配合使用，将被拒绝的记录及原因写入此文件。</translation>
    </message>
    <message>
        <source>import: character set of CSV files (default: detected).</source>
        <translation>import：CSV 文件的字符编码（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Act as this user (default: the login name).</source>
        <translation>以此用户身份操作（默认：当前登录名）。</translation>
    </message>
    <message>
        <source>no command given; try qawb --help</source>
        <translation>未指定命令；请尝试 qawb --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try qawb --help</source>
        <translation>未知命令“%1”；请尝试 qawb --help</translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation>import 至少需要一个文件</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <source>--rejects needs --skip-invalid</source>
        <translation>--rejects 需要与 --skip-invalid 一起使用</translation>
    </message>
    <message>
        <source>cannot record the current user in %1</source>
        <translation>无法在 %1 中记录当前用户</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more error(s); --json lists them)</source>
        <translation>
            <numerusform> （还有 %n 个错误；使用 --json 可列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>no queue named &quot;%1&quot;</source>
        <translation>没有名为“%1”的质检队列</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;</source>
        <translation>没有 ID 为“%1”的会话</translation>
    </message>
    <message>
        <source>auto-QA %1/%2</source>
        <translation>自动质检 %1/%2</translation>
    </message>
    <message>
        <source>autoqa: check every conversation (the default).</source>
        <translation>autoqa：检查所有会话（默认）。</translation>
    </message>
    <message>
        <source>autoqa: import this rule-set file, make it active, then check.</source>
        <translation>autoqa：导入此规则集文件并将其设为当前规则集，然后进行检查。</translation>
    </message>
    <message>
        <source>autoqa: re-check conversations that are up to date.</source>
        <translation>autoqa：即使会话的质检结果已是最新，也重新检查。</translation>
    </message>
    <message>
        <source>import: do not run auto-QA on the imported conversations.</source>
        <translation>import：不对导入的会话运行自动质检。</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID</source>
        <translation>%1 需要恰好一个会话 ID</translation>
    </message>
    <message>
        <source>use: rules import FILE | rules export [FILE] | rules list</source>
        <translation>用法：rules import 文件 | rules export [文件] | rules list</translation>
    </message>
    <message>
        <source>give --queue or --all, not both</source>
        <translation>请指定 --queue 或 --all，不能同时指定两者</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>该质检队列为空。</translation>
    </message>
    <message numerus="yes">
        <source>Rule set %1 version %2 is active (%n rule(s)); run qawb autoqa to apply it.</source>
        <translation>
            <numerusform>规则集 %1 版本 %2 已启用（共 %n 条规则）；请运行 qawb autoqa 以应用该规则集。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>auto-QA failed: %1</source>
        <translation>自动质检失败：%1</translation>
    </message>
    <message>
        <source>use: audit verify</source>
        <translation>用法：audit verify</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n entries, head %1</source>
        <translation>
            <numerusform>审计日志完好：共 %n 条，链头 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log of %1 is not intact: %2</source>
        <translation>%1 的审计日志已不完整：%2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现在是%2</translation>
    </message>
    <message>
        <source>scorecards export: this version (default: the newest).</source>
        <translation>scorecards export：导出此版本（默认最新版本）。</translation>
    </message>
    <message>
        <source>evaluations export: csv or json.</source>
        <translation>evaluations export：csv 或 json。</translation>
    </message>
    <message>
        <source>evaluations export: only this agent (ID).</source>
        <translation>evaluations export：仅此坐席（ID）。</translation>
    </message>
    <message>
        <source>evaluations export: only this team.</source>
        <translation>evaluations export：仅此班组。</translation>
    </message>
    <message>
        <source>evaluations export: write here instead of standard output.</source>
        <translation>evaluations export：写入此文件而不是标准输出。</translation>
    </message>
    <message>
        <source>use: scorecards list | scorecards export KEY [FILE] | scorecards import FILE</source>
        <translation>用法：scorecards list | scorecards export 标识 [文件] | scorecards import 文件</translation>
    </message>
    <message>
        <source>use: evaluations export [--from D] [--to D] [--agent ID] [--team NAME] [--format csv|json] [--output FILE]</source>
        <translation>用法：evaluations export [--from 日期] [--to 日期] [--agent ID] [--team 班组] [--format csv|json] [--output 文件]</translation>
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
        <translation>已发布 %1 第 %2 版</translation>
    </message>
    <message>
        <source>%1 version %2 is already published as is</source>
        <translation>%1 第 %2 版已按此内容发布</translation>
    </message>
    <message>
        <source>evaluations export: submitted on or after this date; sample: conversations from this date.</source>
        <translation>evaluations export：在此日期当天或之后提交的评估；sample：从此日期起的会话。</translation>
    </message>
    <message>
        <source>evaluations export: submitted on or before this date; sample: up to this date.</source>
        <translation>evaluations export：在此日期当天或之前提交的评估；sample：截至此日期的会话。</translation>
    </message>
    <message>
        <source>sample: the sampling plan, a JSON file or the name of a saved plan.</source>
        <translation>sample：抽样方案，可以是 JSON 文件或已保存方案的名称。</translation>
    </message>
    <message>
        <source>sample: use this seed instead of the plan&apos;s.</source>
        <translation>sample：使用此随机种子，而不是方案中的随机种子。</translation>
    </message>
    <message>
        <source>sample: show what would be picked and why; store nothing.</source>
        <translation>sample：显示将抽取哪些会话及原因，不保存任何内容。</translation>
    </message>
    <message>
        <source>assign: the sample (ID or its first digits).</source>
        <translation>assign：要派单的样本（ID 或其开头几位）。</translation>
    </message>
    <message>
        <source>assign: the inspectors&apos; logins, comma-separated.</source>
        <translation>assign：质检员的登录名，以逗号分隔。</translation>
    </message>
    <message>
        <source>assign: this many conversations go to every inspector (blind).</source>
        <translation>assign：校准会话数，这些会话会发给每一位质检员（盲评）。</translation>
    </message>
    <message>
        <source>assign: inspectors never review their own team.</source>
        <translation>assign：质检员不质检本组的会话。</translation>
    </message>
    <message>
        <source>reassign, replace: why (recorded).</source>
        <translation>reassign、replace：原因（会被记录）。</translation>
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
        <translation>--seed 需要 ≥ 0 的整数，而不是 %1</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither (the plan&apos;s period_days)</source>
        <translation>请同时指定 --from 和 --to，或都不指定（使用方案的 period_days）</translation>
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
        <translation>%1 现在属于班组 %2</translation>
    </message>
    <message>
        <source>%1 is in no team now</source>
        <translation>%1 现在不属于任何班组</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>剩余 %1 分钟</translation>
    </message>
    <message>
        <source>saved the sampling plan %1</source>
        <translation>已保存抽样方案 %1</translation>
    </message>
    <message>
        <source>deleted the sampling plan %1</source>
        <translation>已删除抽样方案 %1</translation>
    </message>
    <message>
        <source>there is no sampling plan called %1</source>
        <translation>没有名为 %1 的抽样方案</translation>
    </message>
    <message>
        <source>the saved plan %1 is not valid: %2</source>
        <translation>已保存的方案 %1 无效：%2</translation>
    </message>
    <message>
        <source>%1 is neither a plan file nor the name of a saved plan (qawb plans list)</source>
        <translation>%1 既不是方案文件，也不是已保存方案的名称（参见 qawb plans list）</translation>
    </message>
    <message>
        <source>plan %1, seed %2, %3 to %4: %5 eligible, target %6, picked %7</source>
        <translation>方案 %1，随机种子 %2，%3 至 %4：符合条件 %5 个，目标 %6 个，已抽取 %7 个</translation>
    </message>
    <message>
        <source>excluded (%1): %2</source>
        <translation>已排除（%1）：%2</translation>
    </message>
    <message>
        <source>picked as %1: %2</source>
        <translation>按“%1”抽取：%2</translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation>坐席 %1：%2</translation>
    </message>
    <message>
        <source>sample %1 stored; assign it with: qawb assign --sample %2 --inspectors LOGIN,LOGIN</source>
        <translation>样本 %1 已保存；派单命令：qawb assign --sample %2 --inspectors LOGIN,LOGIN</translation>
    </message>
    <message>
        <source>there is no sample %1 (or the id is ambiguous)</source>
        <translation>没有样本 %1（或该 ID 不唯一）</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>nobody with the login %1 uses this store</source>
        <translation>此数据库中没有登录名为 %1 的人员</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) are called %1; give the queue&apos;s id (qawb queues --json)</source>
        <translation>
            <numerusform>有 %n 个质检队列名为 %1；请指定质检队列的 ID（参见 qawb queues --json）</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no queue %1</source>
        <translation>没有质检队列 %1</translation>
    </message>
    <message>
        <source>%1 now goes to %2</source>
        <translation>%1 已改派给 %2</translation>
    </message>
    <message>
        <source>%1 replaced by %2</source>
        <translation>%1 已替换为 %2</translation>
    </message>
    <message>
        <source>sync: the shared store (default: the one last synced with).</source>
        <translation>sync：共享数据库（默认：上次同步所用的共享数据库）。</translation>
    </message>
    <message>
        <source>sync: only send this store&apos;s changes.</source>
        <translation>sync：只发送此数据库的更改。</translation>
    </message>
    <message>
        <source>sync: only receive the others&apos; changes.</source>
        <translation>sync：只接收其他人的更改。</translation>
    </message>
    <message>
        <source>sync: create the shared store if there is none at PATH.</source>
        <translation>sync：如果 PATH 处没有共享数据库，则创建一个。</translation>
    </message>
    <message>
        <source>conflicts resolve: keep the local or remote version.</source>
        <translation>conflicts resolve：保留 local（本机）或 remote（共享数据库）版本。</translation>
    </message>
    <message>
        <source>conflicts: list resolved conflicts as well.</source>
        <translation>conflicts：同时列出已解决的冲突。</translation>
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
        <translation>冲突 %1 已解决：保留了%2的版本</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>no shared store: give --shared PATH</source>
        <translation>没有共享数据库：请指定 --shared PATH</translation>
    </message>
    <message numerus="yes">
        <source>offline — %n change(s) waiting: %1</source>
        <translation>
            <numerusform>离线 — %n 项更改待同步：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1, received %2 (audit entries: sent %3, received %4) in %5 ms</source>
        <translation>已发送 %1 项，已接收 %2 项（审计记录：发送 %3 条，接收 %4 条），耗时 %5 毫秒</translation>
    </message>
    <message>
        <source>conflict %1: see qawb conflicts</source>
        <translation>冲突 %1：请参见 qawb conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a decision (qawb conflicts)</source>
        <translation>
            <numerusform>有 %n 个冲突等待您决定（参见 qawb conflicts）</numerusform>
        </translation>
    </message>
    <message>
        <source>feedback on %1 recorded</source>
        <translation>已记录对 %1 的反馈</translation>
    </message>
    <message numerus="yes">
        <source>feedback is now due within %n hour(s)</source>
        <translation>
            <numerusform>现在须在 %n 小时内反馈</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>已超时 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>due in %1 h %2 min</source>
        <translation>还剩 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>一票否决</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s)</source>
        <translation>
            <numerusform>%n 项不合格</numerusform>
        </translation>
    </message>
    <message>
        <source>last 28 days: %1 of %2 fed back within %3 h (%4%)</source>
        <translation>近 28 天：%2 份中 %1 份在 %3 小时内完成反馈（%4%）</translation>
    </message>
    <message>
        <source>coaching export: write the summary to this PDF.</source>
        <translation>coaching export：将摘要写入此 PDF 文件。</translation>
    </message>
    <message>
        <source>disputes list: only open disputes.</source>
        <translation>disputes list：仅列出进行中的申诉。</translation>
    </message>
    <message>
        <source>disputes limits: disputes are opened within N days of the evaluation.</source>
        <translation>disputes limits：申诉须在评估后 N 天内发起。</translation>
    </message>
    <message>
        <source>disputes limits: at most M disputes per evaluation.</source>
        <translation>disputes limits：每条评估最多申诉 M 次。</translation>
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
        <translation>没有辅导会话</translation>
    </message>
    <message>
        <source>%1 of %2 action item(s) open</source>
        <translation>%2 项改进事项中 %1 项未完成</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>writing a PDF needs the GUI libraries (run qawb, not a core-only build)</source>
        <translation>生成 PDF 需要图形界面库（请运行 qawb，而不是仅含核心功能的版本）</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Coaching session %1</source>
        <translation>辅导会话 %1</translation>
    </message>
    <message>
        <source>Agent: %1 (%2), team %3</source>
        <translation>坐席：%1（%2），班组 %3</translation>
    </message>
    <message>
        <source>Period: %1 to %2; held %3 by %4</source>
        <translation>时间段：%1 至 %2；由 %4 于 %3 辅导</translation>
    </message>
    <message>
        <source>Evaluations: %1, mean %2 (team %3)</source>
        <translation>评估：%1 条，平均分 %2（班组平均 %3）</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <source>Weakest items (agent / team pass rate):</source>
        <translation>最薄弱的评分项（坐席 / 班组合格率）：</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>谈话记录：%1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>%1 已于 %2 确认</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>尚未确认</translation>
    </message>
    <message numerus="yes">
        <source>disputes are opened within %n day(s) of the evaluation</source>
        <translation>
            <numerusform>申诉须在评估后 %n 天内发起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n per evaluation</source>
        <translation>
            <numerusform>每条评估最多 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>no disputes</source>
        <translation>没有申诉</translation>
    </message>
    <message>
        <source>Dispute %1 (%2)</source>
        <translation>申诉 %1（%2）</translation>
    </message>
    <message>
        <source>Evaluation %1 of %2 by %3; agent %4</source>
        <translation>评估 %1（会话 %2，质检员 %3）；坐席 %4</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>评分项：%1</translation>
    </message>
    <message>
        <source>Arbitrator: %1</source>
        <translation>仲裁人：%1</translation>
    </message>
    <message>
        <source>Outcome: %1 by %2</source>
        <translation>裁定结果：%1（裁定人：%2）</translation>
    </message>
    <message>
        <source>score %1 → %2</source>
        <translation>得分 %1 → %2</translation>
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
        <translation>search：call（通话）或 chat（在线）。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation scored at least this.</source>
        <translation>search：已提交评估的得分不低于此值。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation scored at most this.</source>
        <translation>search：已提交评估的得分不高于此值。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation failed this item.</source>
        <translation>search：已提交评估中此评分项不合格。</translation>
    </message>
    <message>
        <source>search: a submitted evaluation passed this item.</source>
        <translation>search：已提交评估中此评分项合格。</translation>
    </message>
    <message>
        <source>search: this auto-QA rule hit the conversation.</source>
        <translation>search：会话命中了此自动质检规则。</translation>
    </message>
    <message>
        <source>search: an evaluation has this tag.</source>
        <translation>search：评估带有此标签。</translation>
    </message>
    <message>
        <source>use: search [TEXT] [--agent ID] [--team NAME] [--channel call|chat] [--from D] [--to D] [--min-score N] [--max-score N] [--failed ITEM] [--passed ITEM] [--rule ID] [--tag TAG] [--limit N] [--json]</source>
        <translation>用法：search [TEXT] [--agent ID] [--team NAME] [--channel call|chat] [--from D] [--to D] [--min-score N] [--max-score N] [--failed ITEM] [--passed ITEM] [--rule ID] [--tag TAG] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>search needs some text or a filter</source>
        <translation>search 需要搜索文本或筛选条件</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <source>(more than %1 found; narrow the search or raise --limit)</source>
        <translation>（超过 %1 条；请缩小搜索范围或调大 --limit）</translation>
    </message>
    <message>
        <source>no calibration sessions (assign a sample with --calibration K)</source>
        <translation>没有校准（派单时使用 --calibration K）</translation>
    </message>
    <message>
        <source>%1 inspectors × %2 conversations, %3 of %4 submitted</source>
        <translation>%1 名质检员 × %2 个会话，已提交 %3 / %4</translation>
    </message>
    <message>
        <source>Calibration session %1: %2 inspectors, %3 conversations</source>
        <translation>校准 %1：%2 名质检员，%3 个会话</translation>
    </message>
    <message numerus="yes">
        <source>Not complete: %n evaluation(s) not submitted yet; figures cover what is submitted.</source>
        <translation>
            <numerusform>未完成：还有 %n 份评估未提交；以下数据只统计已提交的评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 agreement, Krippendorff&apos;s alpha %2</source>
        <translation>总体：一致率 %1，Krippendorff α %2</translation>
    </message>
    <message>
        <source>scores %1–%2, spread (sd) %3</source>
        <translation>得分 %1–%2，离散度（标准差）%3</translation>
    </message>
    <message>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
    <message>
        <source>deviation %1 (mean absolute %2), items agreeing %3</source>
        <translation>偏差 %1（平均绝对偏差 %2），评分项一致率 %3</translation>
    </message>
    <message>
        <source>calibration report: measure deviations against this inspector.</source>
        <translation>calibration report：以此质检员为基准计算偏差。</translation>
    </message>
    <message>
        <source>use: calibration list [--json] | calibration report ID [--expert LOGIN] [--json]</source>
        <translation>用法：calibration list [--json] | calibration report ID [--expert LOGIN] [--json]</translation>
    </message>
    <message>
        <source>created collection %1 (%2)</source>
        <translation>已创建案例集 %1（%2）</translation>
    </message>
    <message>
        <source>wrote %1: %2 conversations, %3 evaluations, %4 recordings; masked: %5</source>
        <translation>已写入 %1：%2 个会话，%3 条评估，%4 个录音；脱敏：%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>note: recordings are copied as they are (no audio redaction)</source>
        <translation>注意：录音按原样复制（未对音频做脱敏处理）</translation>
    </message>
    <message>
        <source>warning: no recording found for %1</source>
        <translation>警告：未找到 %1 的录音</translation>
    </message>
    <message>
        <source>this pack is already imported as collection %1; nothing changed</source>
        <translation>此案例包已作为案例集 %1 导入；未做任何更改</translation>
    </message>
    <message>
        <source>imported collection %1: %2 new conversations (%3 already here), %4 new evaluations (%5 already here)</source>
        <translation>已导入案例集 %1：新增 %2 个会话（%3 个已存在），新增 %4 条评估（%5 条已存在）</translation>
    </message>
    <message>
        <source>import FILE... | queues | cases | show ID | demo | autoqa | hits ID | rules import FILE | rules export [FILE] | rules list | audit verify | users list | users role LOGIN ROLE | users team LOGIN [TEAM] | scorecards list | scorecards export KEY [FILE] | scorecards import FILE | evaluations export | plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME | sample --plan FILE|NAME | samples [ID] | assign --sample ID --inspectors A,B | reassign QUEUE CONVERSATION LOGIN --reason TEXT | replace QUEUE CONVERSATION --reason TEXT | sync --shared PATH | conflicts | conflicts resolve ID --take local|remote | feedback due [--team T] | feedback done ID [--note TEXT] | feedback threshold HOURS | coaching list [--agent ID] | coaching show ID | coaching export ID --pdf FILE | disputes list [--open] | disputes show ID | disputes limits [--days N --max M] | search [TEXT] [filters] | calibration list | calibration report ID [--expert LOGIN] | collections list | collections show NAME | collections create NAME [--note TEXT] | collections add NAME CONVERSATION [--note TEXT] | pack export --collection NAME --out DIR | pack import DIR | indicators [--by team|agent] [filters] | indicators conversations|sample METRIC [filters] | indicators threshold METRIC VALUE | report summary|distribution|trend|ranking|items|problems|inspectors [filters]</source>
        <translation>import FILE... | queues | cases | show ID | demo | autoqa | hits ID | rules import FILE | rules export [FILE] | rules list | audit verify | users list | users role LOGIN ROLE | users team LOGIN [TEAM] | scorecards list | scorecards export KEY [FILE] | scorecards import FILE | evaluations export | plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME | sample --plan FILE|NAME | samples [ID] | assign --sample ID --inspectors A,B | reassign QUEUE CONVERSATION LOGIN --reason TEXT | replace QUEUE CONVERSATION --reason TEXT | sync --shared PATH | conflicts | conflicts resolve ID --take local|remote | feedback due [--team T] | feedback done ID [--note TEXT] | feedback threshold HOURS | coaching list [--agent ID] | coaching show ID | coaching export ID --pdf FILE | disputes list [--open] | disputes show ID | disputes limits [--days N --max M] | search [TEXT] [filters] | calibration list | calibration report ID [--expert LOGIN] | collections list | collections show NAME | collections create NAME [--note TEXT] | collections add NAME CONVERSATION [--note TEXT] | pack export --collection NAME --out DIR | pack import DIR | indicators [--by team|agent] [filters] | indicators conversations|sample METRIC [filters] | indicators threshold METRIC VALUE | report summary|distribution|trend|ranking|items|problems|inspectors [filters]</translation>
    </message>
    <message>
        <source>feedback done: what was fed back; collections: the note.</source>
        <translation>feedback done：反馈的内容；collections：备注。</translation>
    </message>
    <message>
        <source>search, indicators conversations|sample: at most this many (100).</source>
        <translation>search、indicators conversations|sample：最多返回的条数（100）。</translation>
    </message>
    <message>
        <source>collections add: the evaluation that makes the conversation a case.</source>
        <translation>collections add：使该会话成为案例的那条评估。</translation>
    </message>
    <message>
        <source>pack export: the collection.</source>
        <translation>pack export：案例集。</translation>
    </message>
    <message>
        <source>pack export: the new folder to write the pack to.</source>
        <translation>pack export：写入案例包的新文件夹。</translation>
    </message>
    <message>
        <source>pack export: agents as Agent 01, Agent 02, ... (ids and names).</source>
        <translation>pack export：坐席以化名 Agent 01、Agent 02 等表示（ID 和姓名）。</translation>
    </message>
    <message>
        <source>pack export: inspectors as inspector-01, ...</source>
        <translation>pack export：质检员以化名 inspector-01 等表示。</translation>
    </message>
    <message>
        <source>pack export: leave the recordings out.</source>
        <translation>pack export：不包含录音。</translation>
    </message>
    <message>
        <source>report trend: day, week (default) or month.</source>
        <translation>report trend：day（日）、week（周，默认）或 month（月）。</translation>
    </message>
    <message>
        <source>report ranking: agent (default) or team; report problems: item or rule; indicators: team or agent.</source>
        <translation>report ranking：agent（默认）或 team；report problems：item 或 rule；indicators：team 或 agent。</translation>
    </message>
    <message>
        <source>report, indicators: only this business type.</source>
        <translation>report、indicators：仅限此业务类型。</translation>
    </message>
    <message>
        <source>report: only this scorecard (key).</source>
        <translation>report：仅限此评分表（key）。</translation>
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
        <translation>POSITION 应为从 1 开始的整数，而不是 %1</translation>
    </message>
    <message>
        <source>use: pack export --collection NAME --out DIR [--pseudonymise-agents] [--pseudonymise-inspectors] [--no-audio] [--json] | pack import DIR [--json]</source>
        <translation>用法：pack export --collection NAME --out DIR [--pseudonymise-agents] [--pseudonymise-inspectors] [--no-audio] [--json] | pack import DIR [--json]</translation>
    </message>
    <message>
        <source>there is no indicator %1 (expected one of %2)</source>
        <translation>没有指标 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>the threshold must be a number, not %1</source>
        <translation>阈值必须是数字，而不是 %1</translation>
    </message>
    <message>
        <source>the threshold of %1 is now %2</source>
        <translation>%1 的阈值现为 %2</translation>
    </message>
    <message>
        <source>no conversation of the filter misses the %1 threshold</source>
        <translation>筛选范围内没有未达到 %1 阈值的会话</translation>
    </message>
    <message>
        <source>no conversations</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>Indicators %1 .. %2 (anomalies against the %3 periods before)</source>
        <translation>指标 %1 .. %2（异常基于前 %3 个周期判断）</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>CSAT 1-5: %1 %2 %3 %4 %5</source>
        <translation>满意度 1-5：%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>* misses its threshold   ! anomaly against the group&apos;s own baseline</source>
        <translation>* 未达到阈值   ! 相对于该组自身基线的异常</translation>
    </message>
    <message>
        <source>use: report summary|distribution|trend|ranking|items|problems|inspectors [--from D] [--to D] [--period day|week|month] [--by agent|team|item|rule] [--team NAME] [--agent ID] [--channel call|chat] [--business-type T] [--scorecard KEY] [--format csv|json] [--output FILE]</source>
        <translation>用法：report summary|distribution|trend|ranking|items|problems|inspectors [--from D] [--to D] [--period day|week|month] [--by agent|team|item|rule] [--team NAME] [--agent ID] [--channel call|chat] [--business-type T] [--scorecard KEY] [--format csv|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; reports: %2</source>
        <translation>未知报表“%1”；可用报表：%2</translation>
    </message>
    <message>
        <source>--period is for the trend report only</source>
        <translation>--period 仅适用于 trend 报表</translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation>--period 应为 day、week 或 month，而不是 %1</translation>
    </message>
    <message>
        <source>ranking --by is agent or team, not %1</source>
        <translation>ranking 的 --by 应为 agent 或 team，而不是 %1</translation>
    </message>
    <message>
        <source>problems --by is item or rule, not %1</source>
        <translation>problems 的 --by 应为 item 或 rule，而不是 %1</translation>
    </message>
    <message>
        <source>--by is for the ranking (agent|team) and problems (item|rule) reports only</source>
        <translation>--by 仅适用于 ranking（agent|team）和 problems（item|rule）报表</translation>
    </message>
    <message>
        <source>--channel is call or chat, not %1</source>
        <translation>--channel 应为 call 或 chat，而不是 %1</translation>
    </message>
    <message>
        <source>--business-type is one of %1, not %2</source>
        <translation>--business-type 应为 %1 之一，而不是 %2</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早于 --from（%2）</translation>
    </message>
</context>
<context>
    <name>CoachingPdf</name>
    <message>
        <source>Coaching session — %1</source>
        <translation>辅导会话 — %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>辅导时间</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Score trend by week</source>
        <translation>每周得分趋势</translation>
    </message>
    <message>
        <source>No evaluations in this period.</source>
        <translation>此时间段内没有评估。</translation>
    </message>
    <message>
        <source>Evaluations: %1 (%2 passed)</source>
        <translation>评估：%1 条（%2 条合格）</translation>
    </message>
    <message>
        <source>Mean score: %1</source>
        <translation>平均分：%1</translation>
    </message>
    <message>
        <source>Team mean: %1</source>
        <translation>班组平均：%1</translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>合格线：%1</translation>
    </message>
    <message>
        <source>Weakest criteria</source>
        <translation>最薄弱的评分项</translation>
    </message>
    <message>
        <source>No failed criteria in this period.</source>
        <translation>此时间段内没有不合格的评分项。</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>（%1/%2）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Agent passed</source>
        <translation>坐席合格率</translation>
    </message>
    <message>
        <source>Team passed</source>
        <translation>班组合格率</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Coaching note:</source>
        <translation>辅导意见：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评语：</translation>
    </message>
    <message>
        <source>Inspectors&apos; notes</source>
        <translation>质检员意见</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无谈话记录。</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>无改进事项。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>坐席确认</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>%1 已于 %2 确认</translation>
    </message>
    <message>
        <source>Agent&apos;s comment:</source>
        <translation>坐席留言：</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Agent&apos;s signature:</source>
        <translation>坐席签名：</translation>
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
        <translation>辅导会话需要时间段：依次给出第一天和最后一天</translation>
    </message>
    <message>
        <source>every action item needs a description</source>
        <translation>每项改进事项都需要填写内容</translation>
    </message>
    <message>
        <source>an action item is open, done or dropped, not &quot;%1&quot;</source>
        <translation>改进事项的状态只能是 open、done 或 dropped，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation>没有坐席 %1</translation>
    </message>
    <message>
        <source>%1 leads another team: agent %2 is not theirs to coach</source>
        <translation>%1 负责其他班组：无权辅导坐席 %2</translation>
    </message>
    <message>
        <source>%1 acknowledged this session: its notes, follow-up and action items stay as they were (their status can still change)</source>
        <translation>%1 已确认此辅导会话：其谈话记录、跟进日期和改进事项保持不变（事项状态仍可更改）</translation>
    </message>
    <message>
        <source>the agent acknowledges with their name</source>
        <translation>坐席确认时需填写本人姓名</translation>
    </message>
    <message>
        <source>%1 already acknowledged this session on %2</source>
        <translation>%1 已于 %2 确认过此辅导会话</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one session id; give more of it</source>
        <translation>%1 是多个辅导会话 ID 的开头；请输入更多字符</translation>
    </message>
    <message>
        <source>there is no coaching session %1</source>
        <translation>没有辅导会话 %1</translation>
    </message>
</context>
<context>
    <name>CollectionRepository</name>
    <message>
        <source>%1 is the beginning of more than one collection id; give more of it</source>
        <translation>%1 是多个案例集 ID 的开头；请输入更多字符</translation>
    </message>
    <message>
        <source>there is no collection %1</source>
        <translation>没有案例集 %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>evaluation %1 is not an evaluation of conversation %2</source>
        <translation>评估 %1 不属于会话 %2</translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation>案例集需要名称</translation>
    </message>
    <message>
        <source>you already have a collection named %1</source>
        <translation>您已有名为 %1 的案例集</translation>
    </message>
    <message>
        <source>there is already a collection named %1</source>
        <translation>已存在名为 %1 的案例集</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有会话 %1</translation>
    </message>
    <message>
        <source>conversation %1 is already in the collection</source>
        <translation>会话 %1 已在案例集中</translation>
    </message>
    <message>
        <source>conversation %1 is not in the collection</source>
        <translation>会话 %1 不在案例集中</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment by %1: %2</source>
        <translation>%1 的评语：%2</translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>a comment needs some text</source>
        <translation>评语不能为空</translation>
    </message>
    <message>
        <source>the comment no longer exists</source>
        <translation>该评语已不存在</translation>
    </message>
    <message>
        <source>only its author can change a comment</source>
        <translation>只有作者本人可以修改评语</translation>
    </message>
    <message>
        <source>only its author can delete a comment</source>
        <translation>只有作者本人可以删除评语</translation>
    </message>
    <message>
        <source>a comment on a moment needs its time</source>
        <translation>对某一时刻的评语需要时间点</translation>
    </message>
    <message>
        <source>a comment on a time range needs a start before its end</source>
        <translation>对时间段的评语需要开始时间早于结束时间</translation>
    </message>
    <message>
        <source>a comment on a message needs the message</source>
        <translation>对消息的评语需要指明是哪条消息</translation>
    </message>
    <message>
        <source>message %1 is not in conversation %2</source>
        <translation>会话 %2 中没有第 %1 条消息</translation>
    </message>
    <message>
        <source>the words %1–%2 are not in message %3 (%4 characters)</source>
        <translation>第 %3 条消息中没有第 %1–%2 个字（共 %4 个字符）</translation>
    </message>
</context>
<context>
    <name>DemoQueue</name>
    <message>
        <source>Demo queue</source>
        <translation>演示队列</translation>
    </message>
    <message>
        <source>cannot extract the demo queue</source>
        <translation>无法提取演示队列文件</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>disputes may be opened within 1 to 365 days, not %1</source>
        <translation>申诉期限须为 1 到 365 天，而不是 %1</translation>
    </message>
    <message>
        <source>an evaluation may be disputed 1 to 20 times, not %1</source>
        <translation>每条评估的申诉次数上限须为 1 到 20 次，而不是 %1</translation>
    </message>
    <message>
        <source>the limits could not be stored</source>
        <translation>无法保存申诉限制</translation>
    </message>
    <message>
        <source>a dispute names at least one scorecard item</source>
        <translation>申诉至少须指明一个评分项</translation>
    </message>
    <message>
        <source>a dispute needs a reason: what the agent says is wrong</source>
        <translation>申诉需要理由：坐席认为哪里有误</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one evaluation id; give more of it</source>
        <translation>%1 是多个评估 ID 的开头；请输入更多字符</translation>
    </message>
    <message>
        <source>there is no evaluation %1</source>
        <translation>没有评估 %1</translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted: only a submitted evaluation can be disputed</source>
        <translation>评估 %1 尚未提交：只有已提交的评估才能申诉</translation>
    </message>
    <message numerus="yes">
        <source>the evaluation was submitted on %1: disputes are opened within %n day(s) of that</source>
        <translation>
            <numerusform>该评估于 %1 提交：申诉须在提交后 %n 天内发起</numerusform>
        </translation>
    </message>
    <message>
        <source>a dispute of this evaluation is still open: add to its thread or wait for the decision</source>
        <translation>此评估已有一项申诉正在进行中：请在其沟通记录中补充，或等待裁定</translation>
    </message>
    <message>
        <source>this evaluation was disputed %1 time(s) already; the limit is %2</source>
        <translation>此评估已被申诉 %1 次；上限为 %2 次</translation>
    </message>
    <message>
        <source>the scorecard version of evaluation %1 is missing</source>
        <translation>缺少评估 %1 所用的评分表版本</translation>
    </message>
    <message>
        <source>the scorecard has no item &quot;%1&quot;</source>
        <translation>评分表中没有评分项“%1”</translation>
    </message>
    <message>
        <source>there is no user %1 to decide the dispute</source>
        <translation>没有可裁定此申诉的用户 %1</translation>
    </message>
    <message>
        <source>%1 (%2) cannot decide this dispute: the inspector who scored it or a QA manager does</source>
        <translation>%1（%2）无法裁定此申诉：应由评分的质检员或质检主管裁定</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>消息为空</translation>
    </message>
    <message>
        <source>%1 (%2) takes no part in this dispute</source>
        <translation>%1（%2）不是此申诉的参与方</translation>
    </message>
    <message>
        <source>the outcome is upheld, partly or rejected, not &quot;%1&quot;</source>
        <translation>裁定结果只能是 upheld、partly 或 rejected，而不是“%1”</translation>
    </message>
    <message>
        <source>a decision needs an explanation for the agent</source>
        <translation>裁定需要附上给坐席的说明</translation>
    </message>
    <message>
        <source>this dispute was %1 already</source>
        <translation>此申诉已%1</translation>
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
        <translation>%1（%2）无权裁定此申诉：应由 %3 裁定</translation>
    </message>
    <message>
        <source>the evaluation is being re-scored (it is a draft): submit it before deciding</source>
        <translation>该评估正在重新评分（处于草稿状态）：请先提交再裁定</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is not disputed: a decision changes only disputed items</source>
        <translation>评分项“%1”未被申诉：裁定只能更改被申诉的评分项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to item &quot;%2&quot;</source>
        <translation>“%1”不是评分项“%2”的有效答案</translation>
    </message>
    <message>
        <source>a rejected dispute leaves the answers as they are</source>
        <translation>驳回申诉时不更改任何答案</translation>
    </message>
    <message>
        <source>an upheld or partly upheld dispute changes at least one answer</source>
        <translation>申诉成立或部分成立时，至少要更改一个答案</translation>
    </message>
    <message>
        <source>an upheld dispute changes every disputed item; choose &quot;partly&quot; when some stand</source>
        <translation>申诉成立时须更改所有被申诉的评分项；若有评分项维持不变，请选择“partly”（部分成立）</translation>
    </message>
    <message>
        <source>Dispute %1 %2: %3</source>
        <translation>申诉 %1 %2：%3</translation>
    </message>
    <message>
        <source>the new answers cannot be submitted: %1</source>
        <translation>无法提交新的答案：%1</translation>
    </message>
    <message>
        <source>only an open dispute can be withdrawn</source>
        <translation>只有进行中的申诉才能撤回</translation>
    </message>
    <message>
        <source>only %1, who opened it, or a QA manager may withdraw this dispute</source>
        <translation>只有发起人 %1 或质检主管可以撤回此申诉</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one dispute id; give more of it</source>
        <translation>%1 是多个申诉 ID 的开头；请输入更多字符</translation>
    </message>
    <message>
        <source>there is no dispute %1</source>
        <translation>没有申诉 %1</translation>
    </message>
    <message>
        <source>every disputed item changes: that is &quot;upheld&quot;, not &quot;partly&quot;</source>
        <translation>所有被申诉的评分项都改了：应为“upheld”（申诉成立），而不是“partly”（部分成立）</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>this evaluation was already submitted</source>
        <translation>此评分已提交过</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need an answer</source>
        <translation>
            <numerusform>还有 %n 个评分项未作答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) need a comment</source>
        <translation>
            <numerusform>%n 个未通过的评分项需要填写评语</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluation %1 does not exist</source>
        <translation>评分 %1 不存在</translation>
    </message>
    <message>
        <source>unknown inspector %1</source>
        <translation>未知的质检员 %1</translation>
    </message>
    <message>
        <source>reopening a submitted evaluation needs a reason</source>
        <translation>重新打开已提交的评估需要填写原因</translation>
    </message>
    <message>
        <source>only a submitted evaluation can be reopened</source>
        <translation>只有已提交的评估才能重新打开</translation>
    </message>
    <message>
        <source>%1 (%2) may not reopen an evaluation submitted by someone else</source>
        <translation>%1（%2）无权重新打开他人提交的评估</translation>
    </message>
    <message>
        <source>unknown tag %1 (one of: %2)</source>
        <translation>未知标签 %1（可选：%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) need a reason</source>
        <translation>
            <numerusform>%n 个未通过的评分项需要选择原因</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackRepository</name>
    <message>
        <source>the feedback threshold is 1 hour to 30 days, not %1 hours</source>
        <translation>反馈时限须在 1 小时到 30 天之间，而不是 %1 小时</translation>
    </message>
    <message>
        <source>there is no evaluation %1</source>
        <translation>没有评估 %1</translation>
    </message>
    <message>
        <source>%1 is the beginning of more than one evaluation id; give more of it</source>
        <translation>%1 是多个评估 ID 的开头；请输入更多字符</translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted yet: there is nothing to feed back</source>
        <translation>评估 %1 尚未提交：无需反馈</translation>
    </message>
    <message>
        <source>evaluation %1 has no failed items: it needs no feedback</source>
        <translation>评估 %1 没有不合格项：无需反馈</translation>
    </message>
    <message>
        <source>the feedback on evaluation %1 is already recorded</source>
        <translation>评估 %1 的反馈已记录</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Import failed with %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>导入失败，共 %n 个错误；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 new, %2 updated, %3 unchanged conversation(s)</source>
        <translation>已导入会话：新增 %1 条，更新 %2 条，未变更 %3 条</translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) rejected</source>
        <translation>
            <numerusform>；拒绝 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>；%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>writing conversation %1 failed: %2</source>
        <translation>写入会话 %1 失败：%2</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>不是可读取的文件</translation>
    </message>
    <message>
        <source>a CSV import is a pair of files named conversations.csv and turns.csv</source>
        <translation>CSV 导入需要一对文件：conversations.csv 和 turns.csv</translation>
    </message>
    <message>
        <source>file not found; it is the other half of the CSV pair %1</source>
        <translation>找不到文件；它是与 %1 配对的 CSV 文件</translation>
    </message>
    <message>
        <source>cannot start a write transaction: %1</source>
        <translation>无法开始写入事务：%1</translation>
    </message>
    <message>
        <source>the store cannot take imports: %1</source>
        <translation>数据库无法接受导入：%1</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>无法记录本次导入：%1</translation>
    </message>
    <message>
        <source>cannot create queue &quot;%1&quot;: %2</source>
        <translation>无法创建质检队列“%1”：%2</translation>
    </message>
    <message>
        <source>cannot add %1 to the queue: %2</source>
        <translation>无法将 %1 加入质检队列：%2</translation>
    </message>
    <message>
        <source>cannot write the rejects file: %1</source>
        <translation>无法写入被拒记录文件：%1</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>无法提交本次导入：%1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>line is longer than %1 MiB; is this a JSON Lines file?</source>
        <translation>该行超过 %1 MiB；这是 JSON Lines 文件吗？</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 of the line (JSON Lines files must be UTF-8)</source>
        <translation>该行第 %1 个字节处的 UTF-8 编码无效（JSON Lines 文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>; the file looks like GB18030/GBK: convert it to UTF-8, or use the CSV format</source>
        <translation>；该文件似乎是 GB18030/GBK 编码：请将其转换为 UTF-8，或改用 CSV 格式</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>expected a JSON object (one conversation per line)</source>
        <translation>应为 JSON 对象（每行一个会话）</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first seen in %2 line %3)</source>
        <translation>重复的 id“%1”（首次出现于 %2 第 %3 行）</translation>
    </message>
    <message>
        <source>the file is empty: no conversations to import</source>
        <translation>文件为空：没有可导入的会话</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot tell the character encoding; pass it explicitly (e.g. --encoding GB18030)</source>
        <translation>无法识别字符编码；请明确指定（例如 --encoding GB18030）</translation>
    </message>
    <message>
        <source>unknown character encoding &quot;%1&quot;</source>
        <translation>未知的字符编码“%1”</translation>
    </message>
    <message>
        <source>invalid %1 byte sequence at byte %2 of the file</source>
        <translation>文件第 %2 个字节处的 %1 字节序列无效</translation>
    </message>
    <message>
        <source>contains NUL characters: this is not a text CSV file</source>
        <translation>包含 NUL 字符：这不是纯文本 CSV 文件</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>缺少表头行</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header row</source>
        <translation>表头行中缺少列“%1”</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>no conversation &quot;%1&quot; in %2</source>
        <translation>%2 中没有会话“%1”</translation>
    </message>
    <message>
        <source>turn %1 of &quot;%2&quot; appears twice (first on line %3)</source>
        <translation>会话“%2”的第 %1 条发言重复出现（首次出现在第 %3 行）</translation>
    </message>
    <message>
        <source>the file has a header but no conversations</source>
        <translation>文件只有表头，没有会话</translation>
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
        <translation>平均等待时长</translation>
    </message>
    <message>
        <source>Average turns per conversation</source>
        <translation>会话平均轮次</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次联系解决率</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>重复联系</translation>
    </message>
    <message>
        <source>First response time (chats)</source>
        <translation>首次响应时长（在线会话）</translation>
    </message>
    <message>
        <source>Average response time (chats)</source>
        <translation>平均响应时长（在线会话）</translation>
    </message>
    <message>
        <source>there is no indicator %1 (expected one of %2)</source>
        <translation>没有指标 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>the indicator %1 has no threshold</source>
        <translation>指标 %1 没有阈值</translation>
    </message>
    <message>
        <source>the threshold of %1 is a share from 0 to 1 (0.85 = 85%), not %2</source>
        <translation>%1 的阈值应为 0 到 1 之间的比例（0.85 = 85%），而不是 %2</translation>
    </message>
    <message>
        <source>the CSAT threshold is from 1 to 5, not %1</source>
        <translation>满意度阈值应为 1 到 5，而不是 %1</translation>
    </message>
    <message>
        <source>the threshold of %1 is 0 to 86400 seconds, not %2</source>
        <translation>%1 的阈值应为 0 到 86400 秒，而不是 %2</translation>
    </message>
    <message>
        <source>cannot store the threshold of %1</source>
        <translation>无法保存 %1 的阈值</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the channel is call or chat, not %1</source>
        <translation>渠道应为 call 或 chat，而不是 %1</translation>
    </message>
    <message>
        <source>there is no business type %1 (expected one of %2)</source>
        <translation>没有业务类型 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>there is no team %1</source>
        <translation>没有班组 %1</translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation>没有坐席 %1</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>时间段的开始（%1）晚于结束（%2）</translation>
    </message>
    <message>
        <source>indicators are grouped by team or agent, not %1</source>
        <translation>指标只能按班组（team）或坐席（agent）分组，而不是 %1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <source>the limit must be at least 1, not %1</source>
        <translation>数量上限至少为 1，而不是 %1</translation>
    </message>
    <message>
        <source>there are no conversations to sample</source>
        <translation>没有可抽样的会话</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有会话 %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>cannot write %1: fonts are not available without the graphical application</source>
        <translation>无法写入 %1：未在图形界面程序中运行时无法使用字体</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>无法写入 %1：无法开始生成 PDF</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be finished</source>
        <translation>无法写入 %1：无法完成 PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>only part of it could be written (is the disk full?)</source>
        <translation>只写入了一部分（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>PeakDecoder</name>
    <message>
        <source>GStreamer is not available</source>
        <translation>GStreamer 不可用</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>GStreamer is missing an element for decoding</source>
        <translation>GStreamer 缺少解码所需的组件</translation>
    </message>
    <message>
        <source>unknown GStreamer error</source>
        <translation>未知的 GStreamer 错误</translation>
    </message>
    <message>
        <source>GStreamer could not start decoding</source>
        <translation>GStreamer 无法开始解码</translation>
    </message>
    <message>
        <source>no audio track in %1</source>
        <translation>%1 中没有音轨</translation>
    </message>
    <message>
        <source>this build has no GStreamer decoder</source>
        <translation>此版本未包含 GStreamer 解码器</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>QA manager</source>
        <translation>质检主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>evaluate conversations</source>
        <translation>评估会话</translation>
    </message>
    <message>
        <source>reopen other inspectors&apos; evaluations</source>
        <translation>重新打开其他质检员的评估</translation>
    </message>
    <message>
        <source>change auto-QA rule sets</source>
        <translation>修改自动质检规则集</translation>
    </message>
    <message>
        <source>publish scorecards</source>
        <translation>发布评分表</translation>
    </message>
    <message>
        <source>change people&apos;s roles</source>
        <translation>修改人员角色</translation>
    </message>
    <message>
        <source>tag evaluations</source>
        <translation>给评估打标签</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1（%2）无权%3</translation>
    </message>
    <message>
        <source>plan samples and assign queues</source>
        <translation>制定抽样方案并派单</translation>
    </message>
    <message>
        <source>record feedback to agents</source>
        <translation>记录对坐席的反馈</translation>
    </message>
    <message>
        <source>change training collections</source>
        <translation>修改培训案例集</translation>
    </message>
    <message>
        <source>see QA reports and indicators</source>
        <translation>查看质检报表与指标</translation>
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
        <translation>无法打开数据库。

%1</translation>
    </message>
    <message>
        <source>Cannot prepare the store %1.

%2</source>
        <translation>无法初始化数据库 %1。

%2</translation>
    </message>
    <message>
        <source>The demo queue could not be loaded: %1</source>
        <translation>无法加载演示队列：%1</translation>
    </message>
    <message>
        <source>cannot open store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver did not expose its handle</source>
        <translation>Qt SQLite 驱动未提供其底层句柄</translation>
    </message>
    <message>
        <source>%1 is not a QA Workbench store: %2</source>
        <translation>%1 不是 QA Workbench 数据库：%2</translation>
    </message>
    <message>
        <source>store %1 has schema version %2, newer than this QA Workbench supports (%3); install a newer QA Workbench to open it</source>
        <translation>数据库 %1 的结构版本为 %2，高于当前 QA Workbench 支持的版本（%3）；请安装更新版本的 QA Workbench 来打开它</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a QA Workbench store</source>
        <translation>%1 是 SQLite 数据库，但不是 QA Workbench 数据库</translation>
    </message>
    <message>
        <source>cannot switch store %1 to WAL mode: %2</source>
        <translation>无法将数据库 %1 切换到 WAL 模式：%2</translation>
    </message>
    <message>
        <source>cannot back up store %1 before upgrading it: %2</source>
        <translation>升级前无法备份数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot lock store %1 for upgrade: %2</source>
        <translation>无法锁定数据库 %1 以进行升级：%2</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>此版本缺少迁移步骤 %1</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>迁移步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>cannot upgrade store %1: %2; the store was left unchanged</source>
        <translation>无法升级数据库 %1：%2；数据库未作任何更改</translation>
    </message>
    <message>
        <source> (backup: %1)</source>
        <translation> （备份：%1）</translation>
    </message>
    <message>
        <source>cannot upgrade store %1: %2</source>
        <translation>无法升级数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot seal the audit log of %1: %2</source>
        <translation>无法封存 %1 的审计日志：%2</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected a non-empty text id, got %1</source>
        <translation>id 应为非空文本，实际为 %1</translation>
    </message>
    <message>
        <source>id must be at most %1 characters without control characters</source>
        <translation>id 最多 %1 个字符，且不能包含控制字符</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>应为文本，实际为 %1</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>应为 %1 之一，实际为 %2</translation>
    </message>
    <message>
        <source>expected a number of seconds ≥ 0, got %1</source>
        <translation>应为 ≥ 0 的秒数，实际为 %1</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a UTC offset (e.g. 2026-11-16T09:12:05+08:00), got %1</source>
        <translation>应为带 UTC 偏移量的 ISO 8601 时间（例如 2026-11-16T09:12:05+08:00），实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 5, got %1</source>
        <translation>应为 1 到 5 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>only calls have audio</source>
        <translation>只有通话才有录音</translation>
    </message>
    <message>
        <source>audio file not found: %1</source>
        <translation>找不到录音文件：%1</translation>
    </message>
    <message>
        <source>expected two different channel numbers, e.g. {&quot;agent&quot;:0,&quot;customer&quot;:1}</source>
        <translation>应为两个不同的声道编号，例如 {&quot;agent&quot;:0,&quot;customer&quot;:1}</translation>
    </message>
    <message>
        <source>a channel map needs an audio file</source>
        <translation>声道映射需要配合录音文件</translation>
    </message>
    <message>
        <source>expected a list of turns, got %1</source>
        <translation>应为发言列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <source>calls need a start time in milliseconds ≥ 0, got %1</source>
        <translation>通话需要 ≥ 0 的开始时间（毫秒），实际为 %1</translation>
    </message>
    <message>
        <source>calls need an end time in milliseconds ≥ 0, got %1</source>
        <translation>通话需要 ≥ 0 的结束时间（毫秒），实际为 %1</translation>
    </message>
    <message>
        <source>ends (%1 ms) before it starts (%2 ms)</source>
        <translation>结束时间（%1 毫秒）早于开始时间（%2 毫秒）</translation>
    </message>
    <message>
        <source>chat messages need an ISO 8601 time with a UTC offset, got %1</source>
        <translation>在线会话消息需要带 UTC 偏移量的 ISO 8601 时间，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number of seconds, got &quot;%1&quot;</source>
        <translation>应为秒数，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 5, got &quot;%1&quot;</source>
        <translation>应为 1 到 5 之间的整数，实际为“%1”</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>应为 true 或 false，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;agent&quot;:0,&quot;customer&quot;:1}, got &quot;%1&quot;</source>
        <translation>应为 JSON 对象，例如 {&quot;agent&quot;:0,&quot;customer&quot;:1}，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a whole number, got &quot;%1&quot;</source>
        <translation>应为整数，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a whole number of milliseconds, got &quot;%1&quot;</source>
        <translation>应为整数毫秒数，实际为“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
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
        <translation>渠道应为 call 或 chat，而不是 %1</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>时间段的结束（%1）早于开始（%2）</translation>
    </message>
    <message>
        <source>unknown team %1</source>
        <translation>未知班组 %1</translation>
    </message>
    <message>
        <source>unknown agent %1</source>
        <translation>未知坐席 %1</translation>
    </message>
    <message>
        <source>unknown scorecard %1</source>
        <translation>未知评分表 %1</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>区间</translation>
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
        <translation>评估</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>标准差</translation>
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
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>坐席 ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>评分项 ID</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>Fatal item</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <source>Share of evaluations</source>
        <translation>评估占比</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中次数</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Share of conversations</source>
        <translation>会话占比</translation>
    </message>
    <message>
        <source>Inspector ID</source>
        <translation>质检员 ID</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Mean score given</source>
        <translation>平均给分</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>已计时</translation>
    </message>
    <message>
        <source>Median review time (s)</source>
        <translation>审核时长中位数（秒）</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>format: expected &quot;qawb-rules/1&quot;</source>
        <translation>format：应为 &quot;qawb-rules/1&quot;</translation>
    </message>
    <message>
        <source>id: required</source>
        <translation>id：必填</translation>
    </message>
    <message>
        <source>version: a whole number ≥ 1 is required</source>
        <translation>version：必须为 ≥ 1 的整数</translation>
    </message>
    <message>
        <source>%1: id missing or not unique</source>
        <translation>%1：id 缺失或重复</translation>
    </message>
    <message>
        <source>%1: kind: expected one of %2</source>
        <translation>%1：kind：应为 %2 之一</translation>
    </message>
    <message>
        <source>%1: category: required</source>
        <translation>%1：category：必填</translation>
    </message>
    <message>
        <source>%1: severity: expected info, minor, major or critical</source>
        <translation>%1：severity：应为 info、minor、major 或 critical</translation>
    </message>
    <message>
        <source>%1: speaker: expected agent, customer or any</source>
        <translation>%1：speaker：应为 agent、customer 或 any</translation>
    </message>
    <message>
        <source>%1: phrases or regex: at least one is required</source>
        <translation>%1：phrases 或 regex：至少需要提供其中一项</translation>
    </message>
    <message>
        <source>%1: window: give first_turns, first_seconds or last_turns</source>
        <translation>%1：window：请指定 first_turns、first_seconds 或 last_turns</translation>
    </message>
    <message>
        <source>%1: phrases: the words that announce a hold are required</source>
        <translation>%1：phrases：必填，即坐席告知客户稍候（通话保持）时所用的话术</translation>
    </message>
    <message>
        <source>%1: threshold_s: a number of seconds &gt; 0 is required</source>
        <translation>%1：threshold_s：必须为 &gt; 0 的秒数</translation>
    </message>
    <message>
        <source>%1: regex &quot;%2&quot; does not compile (%3)</source>
        <translation>%1：正则表达式“%2”无法编译（%3）</translation>
    </message>
    <message>
        <source>rules: at least one rule is required</source>
        <translation>rules：至少需要一条规则</translation>
    </message>
</context>
<context>
    <name>RuleSetRepository</name>
    <message>
        <source>rule set &quot;%1&quot; version %2 already exists with different rules; raise &quot;version&quot; to publish a change</source>
        <translation>规则集“%1”的版本 %2 已存在，但规则内容不同；如需发布修改，请调高 &quot;version&quot; 的值</translation>
    </message>
    <message>
        <source>unknown user %1</source>
        <translation>未知用户 %1</translation>
    </message>
</context>
<context>
    <name>SamplingPlan</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>format: expected &quot;qawb-sampling-plan/1&quot;</source>
        <translation>format：应为 &quot;qawb-sampling-plan/1&quot;</translation>
    </message>
    <message>
        <source>give either rate (0 &lt; rate ≤ 1) or count (&gt; 0)</source>
        <translation>请给出 rate（0 &lt; rate ≤ 1）或 count（&gt; 0）其中之一</translation>
    </message>
    <message>
        <source>rate: %1 is more than 1 (10% is 0.1)</source>
        <translation>rate：%1 大于 1（10% 应写作 0.1）</translation>
    </message>
    <message>
        <source>stratify: unknown dimension %1 (one of: %2)</source>
        <translation>stratify：未知维度 %1（可选：%2）</translation>
    </message>
    <message>
        <source>per_agent: min and max must be ≥ 0 and min ≤ max</source>
        <translation>per_agent：min 和 max 必须 ≥ 0 且 min ≤ max</translation>
    </message>
    <message>
        <source>triggers[%1].kind: unknown %2 (one of: %3)</source>
        <translation>triggers[%1].kind：未知类型 %2（可选：%3）</translation>
    </message>
    <message>
        <source>triggers[%1].cap: every trigger needs a cap (so triggers cannot swamp the random part)</source>
        <translation>triggers[%1].cap：每个触发条件都需要上限（以免挤占随机抽样部分）</translation>
    </message>
    <message>
        <source>risk words (投诉, 退费…)</source>
        <translation>风险词（投诉、退费…）</translation>
    </message>
    <message>
        <source>forbidden phrases</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <source>missing greeting</source>
        <translation>缺少问候语</translation>
    </message>
    <message>
        <source>low CSAT (≤ 2)</source>
        <translation>低满意度（CSAT ≤ 2）</translation>
    </message>
    <message>
        <source>complaint business type</source>
        <translation>投诉类业务</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>重复进线</translation>
    </message>
    <message>
        <source>long silence</source>
        <translation>长时间静默</translation>
    </message>
    <message>
        <source>agent indicator anomaly</source>
        <translation>坐席指标异常</translation>
    </message>
    <message>
        <source>trigger: %1</source>
        <translation>触发条件：%1</translation>
    </message>
    <message>
        <source>agent minimum</source>
        <translation>每坐席保底</translation>
    </message>
    <message>
        <source>random (stratified)</source>
        <translation>随机（分层）</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>替换补入</translation>
    </message>
    <message>
        <source>imported into the queue</source>
        <translation>导入时加入质检队列</translation>
    </message>
    <message>
        <source>period_days: expected at least 1, got %1</source>
        <translation>period_days：应至少为 1，实际为 %1</translation>
    </message>
    <message>
        <source>scope.channels: unknown channel %1 (call or chat)</source>
        <translation>scope.channels：未知渠道 %1（应为 call 或 chat）</translation>
    </message>
    <message>
        <source>scope.business_types: unknown business type %1 (one of: %2)</source>
        <translation>scope.business_types：未知业务类型 %1（可选：%2）</translation>
    </message>
    <message>
        <source>exclude: min_call_s and min_chat_messages must be ≥ 0</source>
        <translation>exclude：min_call_s 和 min_chat_messages 必须 ≥ 0</translation>
    </message>
    <message>
        <source>repeat_days and anomaly.baseline_days must be ≥ 1 and anomaly.z &gt; 0</source>
        <translation>repeat_days 和 anomaly.baseline_days 必须 ≥ 1，且 anomaly.z 必须 &gt; 0</translation>
    </message>
</context>
<context>
    <name>SamplingRepository</name>
    <message>
        <source>a plan needs a name</source>
        <translation>方案需要名称</translation>
    </message>
    <message>
        <source>there is no sampling plan called %1</source>
        <translation>没有名为 %1 的抽样方案</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>时间段的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>scope.teams: there is no team called %1 in this store</source>
        <translation>scope.teams：此数据库中没有名为 %1 的班组</translation>
    </message>
    <message>
        <source>the sample is empty: no conversation of the period is eligible</source>
        <translation>样本为空：该时间段内没有符合条件的会话</translation>
    </message>
    <message>
        <source>there is no sample %1 (or the id is ambiguous)</source>
        <translation>没有样本 %1（或该 ID 不唯一）</translation>
    </message>
    <message>
        <source>sample %1 was already assigned (%2)</source>
        <translation>样本 %1 已派过单（派单时间：%2）</translation>
    </message>
    <message>
        <source>choose at least one inspector</source>
        <translation>请至少选择一位质检员</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <source>%1 is chosen twice</source>
        <translation>%1 被选择了两次</translation>
    </message>
    <message>
        <source>%1 (%2) may not evaluate conversations</source>
        <translation>%1（%2）无权评估会话</translation>
    </message>
    <message>
        <source>calibration: expected 0 or more conversations</source>
        <translation>校准：会话数应为 0 或以上</translation>
    </message>
    <message>
        <source>calibration needs at least two inspectors</source>
        <translation>校准至少需要两位质检员</translation>
    </message>
    <message>
        <source>calibration: the sample has only %1 conversations</source>
        <translation>校准：该样本只有 %1 个会话</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) belong to the teams of every chosen inspector (first: %1); add an inspector from another team or turn the own-team rule off</source>
        <translation>
            <numerusform>有 %n 个会话找不到非本组的质检员（第一个：%1）；请添加其他班组的质检员，或关闭“不质检本组”规则</numerusform>
        </translation>
    </message>
    <message>
        <source>calibration: only %1 conversations may go to every chosen inspector (own-team rule)</source>
        <translation>校准：只有 %1 个会话可以分给所有已选质检员（受“不质检本组”规则限制）</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>say why (the reason is recorded)</source>
        <translation>请说明原因（原因会被记录）</translation>
    </message>
    <message>
        <source>there is no queue %1</source>
        <translation>没有质检队列 %1</translation>
    </message>
    <message>
        <source>%1 is not in the queue %2</source>
        <translation>%1 不在质检队列 %2 中</translation>
    </message>
    <message>
        <source>%1 is already reviewed in this queue; reopen the evaluation instead</source>
        <translation>%1 在此质检队列中已完成质检；请改为重新打开该评估</translation>
    </message>
    <message>
        <source>%1 already has this conversation</source>
        <translation>%1 已有此会话</translation>
    </message>
    <message>
        <source>every inspector calibrates on the same conversations: replace it in a sample queue instead, or reassign it</source>
        <translation>每位质检员校准的都是同一批会话：请改在抽样质检队列中替换，或将其改派</translation>
    </message>
    <message>
        <source>there is no conversation %1</source>
        <translation>没有会话 %1</translation>
    </message>
    <message>
        <source>no other conversation of this agent in the period is still eligible</source>
        <translation>该坐席在此时间段内没有其他仍符合条件的会话</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>format: expected &quot;qawb-scorecard/1&quot;</source>
        <translation>format：应为 &quot;qawb-scorecard/1&quot;</translation>
    </message>
    <message>
        <source>id: required</source>
        <translation>id：必填</translation>
    </message>
    <message>
        <source>sections: at least one section is required</source>
        <translation>sections：至少需要一个评分大项</translation>
    </message>
    <message>
        <source>%1.id: missing or not unique</source>
        <translation>%1.id：缺失或重复</translation>
    </message>
    <message>
        <source>%1.steps: a scale needs at least 1 step</source>
        <translation>%1.steps：分档评分项至少需要 1 个档位</translation>
    </message>
    <message>
        <source>%1.options: a choice needs at least 2 options</source>
        <translation>%1.options：选择题至少需要 2 个选项</translation>
    </message>
    <message>
        <source>%1: fatal items are yes/no questions</source>
        <translation>%1：一票否决项只能是“是/否”题</translation>
    </message>
    <message>
        <source>%1.weight: must not be negative</source>
        <translation>%1.weight：不能为负数</translation>
    </message>
    <message>
        <source>%1.show_if: needs &quot;item&quot; and &quot;values&quot;</source>
        <translation>%1.show_if：需要 &quot;item&quot; 和 &quot;values&quot;</translation>
    </message>
    <message>
        <source>%1.show_if.item: %2 must be an earlier item</source>
        <translation>%1.show_if.item：%2 必须是之前的评分项</translation>
    </message>
    <message>
        <source>%1.deductions: every deduction needs a key (not &quot;ok&quot;, no commas)</source>
        <translation>%1.deductions：每个扣分项都需要 key（不能是 &quot;ok&quot;，不能含逗号）</translation>
    </message>
    <message>
        <source>%1.deductions: a deductions item needs at least one deduction</source>
        <translation>%1.deductions：扣分制评分项至少需要一个扣分项</translation>
    </message>
    <message>
        <source>%1.type: expected yesno, scale, choice or deductions</source>
        <translation>%1.type：应为 yesno、scale、choice 或 deductions</translation>
    </message>
    <message>
        <source>%1.reasons: every reason needs a key without commas</source>
        <translation>%1.reasons：每个原因都需要不含逗号的 key</translation>
    </message>
    <message>
        <source>%1.target: expected a pass rate between 0 and 1 (0.98 = 98%)</source>
        <translation>%1.target：应为 0 到 1 之间的合格率（0.98 = 98%）</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>no version %1 of scorecard %2</source>
        <translation>评分表 %2 没有第 %1 版</translation>
    </message>
    <message>
        <source>no scorecard %1 in this store</source>
        <translation>此数据库中没有评分表 %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>cannot index conversation %1: %2</source>
        <translation>无法为会话 %1 建立索引：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing to search for (no letters, digits or Chinese characters)</source>
        <translation>“%1”中没有可搜索的内容（没有字母、数字或汉字）</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>evaluation of %1 by %2</source>
        <translation>%2 对 %1 的评估</translation>
    </message>
    <message>
        <source>comment on %1 by %2</source>
        <translation>%2 对 %1 的评语</translation>
    </message>
    <message>
        <source>the shared store stayed locked by other computers; sync will try again</source>
        <translation>共享数据库一直被其他计算机锁定；稍后将再次尝试同步</translation>
    </message>
    <message>
        <source>%1 is on a %2 mount with file locking switched off (%3): SQLite would corrupt a shared store there; remount it with locking (without nolock / nobrl)</source>
        <translation>%1 位于关闭了文件锁的 %2 挂载上（%3）：SQLite 会损坏存放在该处的共享数据库；请启用文件锁重新挂载（不要使用 nolock / nobrl）</translation>
    </message>
    <message>
        <source>no shared store is set</source>
        <translation>未设置共享数据库</translation>
    </message>
    <message>
        <source>the shared store&apos;s folder %1 cannot be reached</source>
        <translation>无法访问共享数据库所在的文件夹 %1</translation>
    </message>
    <message>
        <source>there is no shared store at %1 (create it with qawb sync --shared %1 --create)</source>
        <translation>%1 处没有共享数据库（可使用 qawb sync --shared %1 --create 创建）</translation>
    </message>
    <message>
        <source>the shared store %1 is read-only for this user</source>
        <translation>共享数据库 %1 对当前用户是只读的</translation>
    </message>
    <message>
        <source>the shared store is busy; sync will try again</source>
        <translation>共享数据库正忙；稍后将再次尝试同步</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: %3</source>
        <translation>%1 %2 未能发送：%3</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>%1 %2 was not received: %3</source>
        <translation>%1 %2 未能接收：%3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>take local or remote, not %1</source>
        <translation>只能选择 local 或 remote，而不是 %1</translation>
    </message>
    <message>
        <source>there is no open conflict %1</source>
        <translation>没有未解决的冲突 %1</translation>
    </message>
    <message>
        <source>unknown document type %1</source>
        <translation>未知的文档类型 %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No evaluations in this period</source>
        <translation>此时间段内没有评估</translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation>合格线 %1</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>班组平均</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a name is needed</source>
        <translation>需要填写姓名</translation>
    </message>
    <message>
        <source>cannot save the name: %1</source>
        <translation>无法保存姓名：%1</translation>
    </message>
    <message>
        <source>unknown role %1 (one of: %2)</source>
        <translation>未知角色 %1（可选：%2）</translation>
    </message>
    <message>
        <source>nobody with the login %1 uses this store</source>
        <translation>此数据库中没有登录名为 %1 的人员</translation>
    </message>
    <message>
        <source>%1 is the last admin of this store; make someone else admin first</source>
        <translation>%1 是此数据库的最后一位管理员；请先指定其他管理员</translation>
    </message>
    <message>
        <source>there is no team called %1 in this store</source>
        <translation>此数据库中没有名为 %1 的班组</translation>
    </message>
</context>
<context>
    <name>qawb::AudioPlayer</name>
    <message>
        <source>Play / pause</source>
        <translation>播放/暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>播放进度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cannot play the recording %1: %2</source>
        <translation>无法播放录音 %1：%2</translation>
    </message>
    <message>
        <source>The recording %1 is damaged or in a format this system cannot play.</source>
        <translation>录音 %1 已损坏，或其格式无法在本系统上播放。</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <source>Recording not found: %1</source>
        <translation>找不到录音：%1</translation>
    </message>
    <message>
        <source>The recording cannot be read (check its permissions): %1</source>
        <translation>无法读取录音（请检查文件权限）：%1</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>后退 5 秒（←）</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>前进 5 秒（→）</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 减慢，] 加快）</translation>
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
        <translation>循环</translation>
    </message>
    <message>
        <source>Loop the selected range, or the turn being played (L). Shift+drag on the waveform selects a range.</source>
        <translation>循环播放选中的时间段，或正在播放的这一轮（L）。在波形上按住 Shift 拖动可选择时间段。</translation>
    </message>
</context>
<context>
    <name>qawb::CalibrationDialog</name>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
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
        <translation>无差错</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Agreement per item</source>
        <translation>各评分项一致性</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>答案对照</translation>
    </message>
    <message>
        <source>Score spread per conversation</source>
        <translation>各会话得分差异</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>校准场次</translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>校准场次</translation>
    </message>
    <message>
        <source>Measure each inspector against the group, or against one inspector as the expert</source>
        <translation>将每位质检员与整组对比，或以某位质检员为专家进行对比</translation>
    </message>
    <message>
        <source>Amber: differs from the majority of the others (or from the expert). Double-click a row to open the conversation.</source>
        <translation>琥珀色：与其他多数人（或专家）不同。双击某行可打开会话。</translation>
    </message>
    <message>
        <source>Double-click to open the conversation</source>
        <translation>双击打开会话</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>场次：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比对象：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Score spread</source>
        <translation>得分差异</translation>
    </message>
    <message>
        <source>%1 · %2 inspectors × %3 conversations · %4 of %5 submitted</source>
        <translation>%1 · %2 位质检员 × %3 个会话 · 已提交 %4/%5</translation>
    </message>
    <message>
        <source>No calibration sessions yet. Create one with File ▸ Sample and assign…: &quot;Calibration conversations&quot; go to every chosen inspector, to be scored blind.</source>
        <translation>尚无校准场次。请通过“文件 ▸ 抽样与派单…”创建：“校准会话”会分配给每位选定的质检员进行盲评。</translation>
    </message>
    <message>
        <source>No calibration session %1</source>
        <translation>没有校准场次 %1</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>整组</translation>
    </message>
    <message>
        <source>Expert: %1</source>
        <translation>专家：%1</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>整组</translation>
    </message>
    <message numerus="yes">
        <source>Overall agreement %1, Krippendorff&apos;s α %2 over %n answer set(s); deviations measured against %3.</source>
        <translation>
            <numerusform>总体一致性 %1，基于 %n 组答案的 Krippendorff α 为 %2；偏差以 %3 为基准衡量。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) not submitted yet — the figures cover what has been submitted so far.</source>
        <translation>
            <numerusform>%n 份评估尚未提交——以下数据仅涵盖目前已提交的评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α 系数</translation>
    </message>
    <message>
        <source>Conversations compared</source>
        <translation>对比的会话数</translation>
    </message>
    <message>
        <source>Rater pairs</source>
        <translation>评分人配对数</translation>
    </message>
    <message>
        <source>Undefined: every answer was the same</source>
        <translation>无法计算：所有答案均相同</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Differs from the majority of the others</source>
        <translation>与其他多数人不一致</translation>
    </message>
    <message>
        <source>Differs from the expert</source>
        <translation>与专家不一致</translation>
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
        <translation>极差</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
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
        <translation>平均绝对偏差</translation>
    </message>
    <message>
        <source>Items agreeing</source>
        <translation>一致的评分项</translation>
    </message>
    <message>
        <source>%1 (expert)</source>
        <translation>%1（专家）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Their score minus the others&apos; mean (or the expert&apos;s), on average: positive means they score higher</source>
        <translation>其评分与其他人平均分（或专家评分）之差的平均值：正值表示其评分偏高</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>没有可导出的报表。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export calibration report</source>
        <translation>导出校准报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>qawb::CallView</name>
    <message>
        <source>Call transcript</source>
        <translation>通话转写文本</translation>
    </message>
    <message>
        <source>This call has no transcript.</source>
        <translation>此通话没有转写文本。</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>无法生成波形：%1</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>无录音</translation>
    </message>
    <message>
        <source>Follow playback</source>
        <translation>跟随播放</translation>
    </message>
    <message>
        <source>Keep the turn being played in view</source>
        <translation>让正在播放的轮次保持可见</translation>
    </message>
    <message>
        <source>Comment by %1: %2</source>
        <translation>%1 的评语：%2</translation>
    </message>
</context>
<context>
    <name>qawb::CaseLibraryDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>案例库</translation>
    </message>
    <message>
        <source>Words or Chinese fragments, all of which must occur: 退费 投诉, refund</source>
        <translation>词语或中文片段，须全部出现：退费 投诉、refund</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Only conversations a submitted evaluation scored at most this</source>
        <translation>只看已提交评估得分不高于此值的会话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>命中位置</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the case at the message that matched</source>
        <translation>双击或按回车：在命中的消息处打开案例</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Score ≤</source>
        <translation>得分 ≤</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation>通话和在线</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>不限结果</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <source>Any rule hit</source>
        <translation>不限规则命中</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>不限标签</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>优秀案例</translation>
    </message>
    <message>
        <source>Bad example</source>
        <translation>反面案例</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>培训案例</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Type something to look for, or choose a filter.</source>
        <translation>请输入要查找的内容，或选择筛选条件。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Indexing new conversations: %1 of %2…</source>
        <translation>正在为新会话建立索引：%1 / %2…</translation>
    </message>
    <message>
        <source>Cancelled; what was indexed so far is kept.</source>
        <translation>已取消；已建立的索引会保留。</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>第 %1 条 %2</translation>
    </message>
    <message numerus="yes">
        <source>More than %n found; the newest are shown — narrow the search.</source>
        <translation>
            <numerusform>找到超过 %n 条，仅显示最新的 — 请缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>找到 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n new or changed conversation(s) indexed first)</source>
        <translation>
            <numerusform>（先为 %n 个新增或变更的会话建立了索引）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a collection…</source>
        <translation>添加到案例集…</translation>
    </message>
    <message>
        <source>Added to &quot;%1&quot;.</source>
        <translation>已添加到“%1”。</translation>
    </message>
</context>
<context>
    <name>qawb::CaseTableModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>0 (fatal)</source>
        <translation>0（一票否决）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This case has import warnings (e.g. missing recording).</source>
        <translation>此案例导入时有警告（例如缺少录音）。</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message numerus="yes">
        <source>%n risk hit(s): risk words, forbidden phrases or critical rules</source>
        <translation>
            <numerusform>风险命中 %n 次：风险词、服务禁语或严重级别规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-QA has not checked this case yet</source>
        <translation>自动质检尚未检查此案例</translation>
    </message>
</context>
<context>
    <name>qawb::ChatView</name>
    <message>
        <source>Chat transcript</source>
        <translation>在线会话记录</translation>
    </message>
    <message>
        <source>This chat has no messages.</source>
        <translation>此在线会话没有消息。</translation>
    </message>
    <message numerus="yes">
        <source>show more (%n characters)</source>
        <translation>
            <numerusform>展开全文（共 %n 字）</numerusform>
        </translation>
    </message>
    <message>
        <source>show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Agent replied after %1 s</source>
        <translation>坐席 %1 秒后才回复</translation>
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
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>辅导会话</translation>
    </message>
    <message>
        <source>Session summary written to %1</source>
        <translation>辅导摘要已写入 %1</translation>
    </message>
    <message>
        <source>%1 (%2) may look at coaching sessions but not record them</source>
        <translation>%1（%2）可以查看辅导会话，但不能记录</translation>
    </message>
    <message>
        <source>A new session, or one held before with this agent and how its action items stand</source>
        <translation>新建辅导会话，或选择以前与该坐席进行的会话并查看其改进事项的进展</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Full screen with large type, to show the agent (F11; Esc to leave)</source>
        <translation>全屏大字显示，便于给坐席看（F11；按 Esc 退出）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Dispute this evaluation…</source>
        <translation>申诉此评估…</translation>
    </message>
    <message>
        <source>Open a dispute (申诉) of items of the case shown, on the agent&apos;s behalf</source>
        <translation>代坐席对当前案例的评分项发起申诉</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>辅导会话：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Weakest items against the team</source>
        <translation>与班组相比最薄弱的评分项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>The agent&apos;s evaluations</source>
        <translation>该坐席的评估</translation>
    </message>
    <message>
        <source>Weakest items (pass rate)</source>
        <translation>最薄弱的评分项（合格率）</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Failed items of this case</source>
        <translation>此案例的不合格项</translation>
    </message>
    <message>
        <source>Click: play the call from that moment, or show the chat message</source>
        <translation>单击：从该时刻开始播放通话，或显示对应的聊天消息</translation>
    </message>
    <message>
        <source>Failed items:</source>
        <translation>不合格项：</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本次辅导</translation>
    </message>
    <message>
        <source>What you talked about, what the agent said</source>
        <translation>谈了哪些内容，坐席怎么说</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>添加改进事项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Agent acknowledges…</source>
        <translation>坐席确认…</translation>
    </message>
    <message>
        <source>The agent confirms the session with their name (and a comment if they wish)</source>
        <translation>坐席填写姓名以确认本次辅导（也可附上留言）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>谈话记录：</translation>
    </message>
    <message>
        <source>Agreed action items:</source>
        <translation>约定的改进事项：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There are no agents to coach in this store yet</source>
        <translation>此数据库中还没有可辅导的坐席</translation>
    </message>
    <message>
        <source>There is no agent %1 among those you coach</source>
        <translation>您辅导的坐席中没有 %1</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last</source>
        <translation>时间段的第一天晚于最后一天</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建辅导会话</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n action item(s) open</source>
        <translation>
            <numerusform>%1 · %n 项改进事项中 %2 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Coaching session — %1</source>
        <translation>辅导会话 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n evaluation(s)</source>
        <translation>
            <numerusform>%1 · %n 条评估</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>平均分 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>班组平均 %1</translation>
    </message>
    <message>
        <source>Failed %1 of %2</source>
        <translation>%2 次中不合格 %1 次</translation>
    </message>
    <message>
        <source>The team (this agent included): failed %1 of %2</source>
        <translation>班组（含该坐席）：%2 次中不合格 %1 次</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否决</translation>
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
        <translation>此时间段内 %1 没有已提交的评估</translation>
    </message>
    <message>
        <source>%1 · %2 · score %3 · inspector %4</source>
        <translation>%1 · %2 · 得分 %3 · 质检员 %4</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 条消息</translation>
    </message>
    <message>
        <source>Auto-QA did not place this item at a moment</source>
        <translation>自动质检未能将此评分项定位到具体时刻</translation>
    </message>
    <message>
        <source>Nothing failed</source>
        <translation>没有不合格项</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching note:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;辅导意见：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comment:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;评语：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Auto-QA did not place “%1” at a moment; look through the case</source>
        <translation>自动质检未能将“%1”定位到具体时刻；请浏览整个案例</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>%1 已于 %2 确认</translation>
    </message>
    <message>
        <source>Recorded as soon as you write something</source>
        <translation>写下任何内容后即自动记录</translation>
    </message>
    <message>
        <source>Held %1 by %2; not acknowledged yet</source>
        <translation>%2 于 %1 辅导；尚未确认</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>The session could not be stored: %1</source>
        <translation>无法保存辅导会话：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>%1 acknowledged the session</source>
        <translation>%1 已确认本次辅导</translation>
    </message>
    <message>
        <source>Acknowledge the coaching session</source>
        <translation>确认辅导会话</translation>
    </message>
    <message>
        <source>Optional: anything the agent wants on record</source>
        <translation>可选：坐席希望记录在案的任何内容</translation>
    </message>
    <message>
        <source>The agent confirms that this session took place and what was agreed. After this the notes and action items cannot be changed; their status still can.</source>
        <translation>坐席确认本次辅导确已进行，并确认约定的内容。确认后，谈话记录和改进事项将无法更改，但事项状态仍可更改。</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>坐席姓名：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评语：</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Export the session as PDF</source>
        <translation>将辅导会话导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Dispute opened; %1 decides it</source>
        <translation>已发起申诉；由 %1 裁定</translation>
    </message>
    <message>
        <source>Presenting: J / K or Page Down / Page Up move between cases; Esc leaves</source>
        <translation>演示中：J / K 或 Page Down / Page Up 切换案例；按 Esc 退出</translation>
    </message>
    <message>
        <source>The session could not be stored: %1

Close anyway and lose the last changes?</source>
        <translation>辅导会话未能保存：%1

仍要关闭并丢失最近的更改吗？</translation>
    </message>
</context>
<context>
    <name>qawb::CollectionsDialog</name>
    <message>
        <source>Exemplary</source>
        <translation>优秀范例</translation>
    </message>
    <message>
        <source>Bad example</source>
        <translation>反面案例</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>培训案例</translation>
    </message>
    <message>
        <source>From a case pack</source>
        <translation>来自案例包</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
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
        <translation>从案例集中移除</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <source>Export anonymised pack…</source>
        <translation>导出脱敏案例包…</translation>
    </message>
    <message>
        <source>Import pack…</source>
        <translation>导入案例包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Training collections</source>
        <translation>培训案例集</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>案例集</translation>
    </message>
    <message>
        <source>What this collection is for, how to use it in training…</source>
        <translation>本案例集的用途、在培训中如何使用…</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Your note on this case: what to learn from it, where to look…</source>
        <translation>您对此案例的备注：可从中学到什么、需关注哪些地方…</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the case in the workstation</source>
        <translation>双击或按 Enter：在工作台中打开案例</translation>
    </message>
    <message>
        <source>Collections:</source>
        <translation>案例集：</translation>
    </message>
    <message>
        <source>Notes on the collection:</source>
        <translation>案例集备注：</translation>
    </message>
    <message>
        <source>Note on the selected case:</source>
        <translation>所选案例的备注：</translation>
    </message>
    <message>
        <source>Remove this case from the collection? The conversation and its evaluations stay in the store.</source>
        <translation>从案例集中移除此案例？会话及其评估仍保留在数据库中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 个案例）</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by %1, changed %2</source>
        <translation>由 %1 创建，修改于 %2</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <source>Your note was not saved: %1</source>
        <translation>您的备注未保存：%1</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; made. Add cases from the case library or the workstation.</source>
        <translation>已创建案例集“%1”。请从案例库或工作台添加案例。</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建案例集</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重命名案例集</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除案例集</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot; and your notes in it? The conversations and their evaluations stay in the store.</source>
        <translation>删除案例集“%1”及您在其中的备注？会话及其评估仍保留在数据库中。</translation>
    </message>
    <message>
        <source>Export anonymised case pack</source>
        <translation>导出脱敏案例包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Replace agents&apos; names and ids with pseudonyms (Agent 01, Agent 02, …)</source>
        <translation>将坐席的姓名和工号替换为化名（Agent 01、Agent 02、…）</translation>
    </message>
    <message>
        <source>Replace inspectors&apos; names with pseudonyms</source>
        <translation>将质检员的姓名替换为化名</translation>
    </message>
    <message>
        <source>Include the recordings</source>
        <translation>包含录音</translation>
    </message>
    <message>
        <source>Recordings are copied as they are: names, phone numbers and other personal data spoken in them are NOT masked. Leave them out unless everyone who gets the pack may hear them.</source>
        <translation>录音将按原样复制：其中说出的姓名、电话号码及其他个人信息均不会被遮蔽。除非案例包的所有接收者都可以听取这些内容，否则请勿包含录音。</translation>
    </message>
    <message>
        <source>Text is always masked: customers&apos; names, phone numbers, ID and bank card numbers, e-mail and postal addresses become [category] placeholders. Inspectors&apos; private notes never leave the store.</source>
        <translation>文本始终会被遮蔽：客户的姓名、电话号码、身份证号和银行卡号、电子邮件和邮寄地址都会替换为 [类别] 占位符。质检员的私人备注绝不会离开数据库。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>新文件夹：</translation>
    </message>
    <message>
        <source>Where to put the pack</source>
        <translation>案例包存放位置</translation>
    </message>
    <message>
        <source>Import case pack (the pack&apos;s folder)</source>
        <translation>导入案例包（选择案例包所在文件夹）</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1：%2 / %3…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was left behind.</source>
        <translation>导出已取消，未留下任何文件。</translation>
    </message>
    <message>
        <source>The pack was not exported: %1</source>
        <translation>案例包未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1: %2 personal-data item(s) masked, %3 recording(s).</source>
        <translation>
            <numerusform>已将 %n 个案例导出到 %1：已遮蔽 %2 项个人信息，含 %3 段录音。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) could not be found and are not in the pack.</source>
        <translation>
            <numerusform>找不到 %n 段录音，未包含在案例包中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the store is unchanged.</source>
        <translation>导入已取消，数据库未更改。</translation>
    </message>
    <message>
        <source>The pack was not imported: %1</source>
        <translation>案例包未导入：%1</translation>
    </message>
    <message>
        <source>This pack was imported before; nothing changed.</source>
        <translation>此案例包之前已导入过，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Imported into &quot;%1&quot;: %n new conversation(s), %2 evaluation(s).</source>
        <translation>
            <numerusform>已导入到“%1”：%n 个新会话，%2 份评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a training collection</source>
        <translation>添加到培训案例集</translation>
    </message>
    <message>
        <source>Choose a collection, or type a new name</source>
        <translation>选择案例集，或输入新名称</translation>
    </message>
    <message>
        <source>What to learn from this case (optional)</source>
        <translation>可从此案例学到什么（可选）</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>案例集：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>qawb::CommentPanel</name>
    <message>
        <source>Add (C)</source>
        <translation>添加(C)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Comment on the current moment of the call, or on the selected chat message</source>
        <translation>对通话的当前时刻或选中的聊天消息添加评语</translation>
    </message>
    <message>
        <source>general</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>Click to go to this moment</source>
        <translation>点击跳转到此处</translation>
    </message>
</context>
<context>
    <name>qawb::ConflictsDialog</name>
    <message>
        <source>%1 — the two versions differ here</source>
        <translation>%1 — 两个版本在此处不同</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>两个版本</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Answers of the two versions</source>
        <translation>两个版本的答案</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>Keep the shared store&apos;s</source>
        <translation>保留共享数据库版本</translation>
    </message>
    <message>
        <source>This computer&apos;s version is sent over the shared store&apos;s at the next sync</source>
        <translation>下次同步时，本机版本将覆盖共享数据库中的版本</translation>
    </message>
    <message>
        <source>The shared store&apos;s version replaces this computer&apos;s now</source>
        <translation>共享数据库中的版本将立即替换本机版本</translation>
    </message>
    <message>
        <source>Evaluation of %1 by %2</source>
        <translation>%2 对 %1 的评估</translation>
    </message>
    <message>
        <source>Comment on %1 by %2</source>
        <translation>%2 对 %1 的评语</translation>
    </message>
    <message>
        <source>Open — choose a version</source>
        <translation>未解决 — 请选择一个版本</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s (%1, %2)</source>
        <translation>已保留本机版本（%1，%2）</translation>
    </message>
    <message>
        <source>Kept the shared store&apos;s (%1, %2)</source>
        <translation>已保留共享数据库版本（%1，%2）</translation>
    </message>
    <message>
        <source>There are no sync conflicts.</source>
        <translation>没有同步冲突。</translation>
    </message>
    <message>
        <source>Every conflict has been settled.</source>
        <translation>所有冲突均已解决。</translation>
    </message>
    <message>
        <source>Waiting for a decision: %1. These evaluations or comments changed both on this computer and in the shared store since they were last synced. Both versions are kept until you choose one.</source>
        <translation>等待您决定的冲突：%1 个。这些评估或评语自上次同步以来，在本机和共享数据库中都被修改过。在您选定其中一个版本之前，两个版本都会保留。</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>请在上方选择一个冲突。</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>%1 · fatal item failed</source>
        <translation>%1 · 一票否决项未通过</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>General comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>之前的版本数</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分表</translation>
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
        <translation>第 %1 条消息</translation>
    </message>
    <message>
        <source>general</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>%1 「%2」</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已于 %1 删除</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>A sync is running; choose when it has finished.</source>
        <translation>正在同步；请在同步完成后再选择。</translation>
    </message>
    <message>
        <source>Choose an open conflict first.</source>
        <translation>请先选择一个未解决的冲突。</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>未能解决：%1</translation>
    </message>
    <message>
        <source>This computer&apos;s version is kept; it goes to the shared store with the next sync.</source>
        <translation>已保留本机版本；下次同步时会发送到共享数据库。</translation>
    </message>
    <message>
        <source>The shared store&apos;s version is kept and is now on this computer.</source>
        <translation>已保留共享数据库版本，本机已更新为该版本。</translation>
    </message>
</context>
<context>
    <name>qawb::ConversationView</name>
    <message>
        <source>Select a case in the list to review it.</source>
        <translation>请在列表中选择一个案例进行质检。</translation>
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
        <translation>班组：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>业务类型：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>Wait: %1 s</source>
        <translation>等待：%1 秒</translation>
    </message>
    <message>
        <source>CSAT: %1/5</source>
        <translation>满意度：%1/5</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Phone, ID and card numbers and e-mail addresses found by auto-QA are masked on screen until you reveal them.</source>
        <translation>自动质检识别出的电话号码、证件号码、银行卡号和电子邮箱地址会在屏幕上遮盖显示，直到您选择显示为止。</translation>
    </message>
    <message>
        <source>%1: no suggestions</source>
        <translation>%1：无拼写建议</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rule hits</source>
        <translation>规则命中</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑评语</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Comment not saved: %1</source>
        <translation>评语未保存：%1</translation>
    </message>
    <message>
        <source>Comment not deleted: %1</source>
        <translation>评语未删除：%1</translation>
    </message>
    <message>
        <source>Rule hits (%1)</source>
        <translation>规则命中（%1）</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>评语（%1）</translation>
    </message>
    <message>
        <source>no conversation is open</source>
        <translation>没有打开的会话</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加评语</translation>
    </message>
    <message>
        <source>Comment at %1</source>
        <translation>%1 处的评语</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>第 %1 条消息</translation>
    </message>
    <message>
        <source>general</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>%1 「%2」</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>comments cannot be added here</source>
        <translation>此处不能添加评语</translation>
    </message>
</context>
<context>
    <name>qawb::CsvReader</name>
    <message>
        <source>unterminated quoted field starting on line %1</source>
        <translation>从第 %1 行开始的带引号字段缺少结束引号</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>第 %1 行：结束引号后出现多余文本</translation>
    </message>
</context>
<context>
    <name>qawb::DisplayHit</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
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
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>部分成立</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>裁定人</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Disputed item</source>
        <translation>申诉的评分项</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>当前答案</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Disputed items</source>
        <translation>申诉的评分项</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
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
        <translation>待我处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Add to the thread…</source>
        <translation>补充说明…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>裁定结果</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Explain the decision to the agent.</source>
        <translation>向坐席说明裁定理由。</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>裁定结果：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Take the dispute back (the one who opened it or a QA manager)</source>
        <translation>撤回申诉（限发起人或质检主管）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open: %1 · waiting for your decision: %2</source>
        <translation>进行中：%1 · 待您裁定：%2</translation>
    </message>
    <message>
        <source>No disputes to show.</source>
        <translation>没有可显示的申诉。</translation>
    </message>
    <message>
        <source>Choose a dispute on the left.</source>
        <translation>请在左侧选择一项申诉。</translation>
    </message>
    <message>
        <source>Open — %1 decides</source>
        <translation>进行中 — 由 %1 裁定</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1（%2 于 %3 裁定）</translation>
    </message>
    <message>
        <source>Score %1 → %2 · revision %3</source>
        <translation>得分 %1 → %2 · 第 %3 版</translation>
    </message>
    <message>
        <source>Score %1 · revision %2</source>
        <translation>得分 %1 · 第 %2 版</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · scored by %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Opened by %6 on %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 质检员 %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6 于 %7 发起申诉</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>stands</source>
        <translation>维持不变</translation>
    </message>
    <message>
        <source>opened the dispute</source>
        <translation>发起了申诉</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>裁定：%1</translation>
    </message>
    <message>
        <source>withdrew it</source>
        <translation>撤回了申诉</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>评分项：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Answer now: %1</source>
        <translation>当前答案：%1</translation>
    </message>
    <message>
        <source>Set each answer as it should be, choose the outcome and explain it.</source>
        <translation>请将每个答案设为应有的值，选择裁定结果并说明理由。</translation>
    </message>
    <message>
        <source>%1 decides this dispute (or a QA manager).</source>
        <translation>此申诉由 %1（或质检主管）裁定。</translation>
    </message>
    <message>
        <source>The dispute was withdrawn.</source>
        <translation>该申诉已撤回。</translation>
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation>已由 %1 于 %2 裁定。</translation>
    </message>
    <message>
        <source>Choose a dispute first.</source>
        <translation>请先选择一项申诉。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未能发送：%1</translation>
    </message>
    <message>
        <source>Added to the thread.</source>
        <translation>已添加到沟通记录。</translation>
    </message>
    <message>
        <source>Not decided: item &quot;%1&quot; is not disputed</source>
        <translation>未裁定：评分项“%1”未被申诉</translation>
    </message>
    <message>
        <source>Not decided: &quot;%1&quot; is not an answer to item &quot;%2&quot;</source>
        <translation>未裁定：“%1”不是评分项“%2”的有效答案</translation>
    </message>
    <message>
        <source>Not decided: the outcome is upheld, partly or rejected, not &quot;%1&quot;</source>
        <translation>未裁定：裁定结果只能是 upheld、partly 或 rejected，而不是“%1”</translation>
    </message>
    <message>
        <source>Not decided: %1 decides this dispute (or a QA manager).</source>
        <translation>未裁定：此申诉由 %1（或质检主管）裁定。</translation>
    </message>
    <message>
        <source>Not decided: this dispute is not open.</source>
        <translation>未裁定：此申诉已不在进行中。</translation>
    </message>
    <message>
        <source>Not decided: choose the outcome.</source>
        <translation>未裁定：请选择裁定结果。</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未裁定：%1</translation>
    </message>
    <message>
        <source>Decided: %1. The evaluation was re-scored: %2 → %3, now revision %4.</source>
        <translation>已裁定：%1。评估已重新评分：%2 → %3，现为第 %4 版。</translation>
    </message>
    <message>
        <source>Decided: %1. The evaluation stands as it was.</source>
        <translation>已裁定：%1。评估维持原样。</translation>
    </message>
    <message>
        <source>Withdraw the dispute</source>
        <translation>撤回申诉</translation>
    </message>
    <message>
        <source>Why is it withdrawn? (The note goes into the thread.)</source>
        <translation>为什么撤回？（此说明将记入沟通记录。）</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>未能撤回：%1</translation>
    </message>
    <message>
        <source>The dispute was withdrawn; it does not count against the limit.</source>
        <translation>申诉已撤回；不计入申诉次数上限。</translation>
    </message>
    <message>
        <source>That dispute is no longer listed; nothing was withdrawn.</source>
        <translation>该申诉已不在列表中；未撤回任何申诉。</translation>
    </message>
</context>
<context>
    <name>qawb::FilterBar</name>
    <message>
        <source>Search ID, agent or team</source>
        <translation>搜索 ID、坐席或班组</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案例</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>坐席筛选</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>班组筛选</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>渠道筛选</translation>
    </message>
    <message>
        <source>Business type filter</source>
        <translation>业务类型筛选</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
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
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Risk hits only</source>
        <translation>仅显示风险命中</translation>
    </message>
    <message>
        <source>Only cases where auto-QA found risk words, forbidden phrases or critical rule hits</source>
        <translation>仅显示自动质检发现风险词、服务禁语或严重级别规则命中的案例</translation>
    </message>
</context>
<context>
    <name>qawb::HitListView</name>
    <message>
        <source>Rule hit</source>
        <translation>规则命中</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Rule hits</source>
        <translation>规则命中列表</translation>
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
        <translation>正在导入会话…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>qawb::ImportDialog</name>
    <message>
        <source>Import the valid records and reject the invalid ones</source>
        <translation>导入有效记录，拒绝无效记录</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <source>(do not add to a queue)</source>
        <translation>（不加入质检队列）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Only CSV files may use an encoding other than UTF-8.</source>
        <translation>只有 CSV 文件可以使用 UTF-8 以外的编码。</translation>
    </message>
    <message>
        <source>File for rejected records (optional)</source>
        <translation>保存被拒记录的文件（可选）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>被拒记录</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>质检队列</translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation>CSV 编码</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>被拒记录</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>qawb::LeaderHome</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>记录反馈…</translation>
    </message>
    <message>
        <source>Coach this agent…</source>
        <translation>辅导该坐席…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Session held</source>
        <translation>辅导时间</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未完成的改进事项</translation>
    </message>
    <message>
        <source>Open the session…</source>
        <translation>打开辅导会话…</translation>
    </message>
    <message>
        <source>Disputes…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <source>Team feedback</source>
        <translation>班组反馈</translation>
    </message>
    <message>
        <source>Coaching follow-ups</source>
        <translation>辅导跟进</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>Feedback to give</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>Coaching follow-ups due</source>
        <translation>待跟进的辅导</translation>
    </message>
    <message numerus="yes">
        <source>Feedback on time in the last 28 days: %1% (%2 of %3; %4 late, %5 overdue) · within %n hour(s)</source>
        <translation>
            <numerusform>近 28 天按时反馈率：%1%（%3 份中 %2 份按时；%4 份延迟反馈，%5 份已超时）· 时限 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No feedback was due in the last 28 days · feedback is due within %n hour(s)</source>
        <translation>
            <numerusform>近 28 天没有需要反馈的评估 · 反馈时限为 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>自 %1 起已超时（%2）</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>%1 到期（%2）</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 past due)</source>
        <translation>%1 / %2（%3 项已逾期）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No disputes are open.</source>
        <translation>没有进行中的申诉。</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) open, %1 opened by you or waiting for your decision.</source>
        <translation>
            <numerusform>%n 项申诉进行中，其中 %1 项由您发起或待您裁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback recorded</source>
        <translation>反馈已记录</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <source>Feedback given to %1 on %2. What was said (optional):</source>
        <translation>已就会话 %2 向 %1 反馈。反馈内容（可选）：</translation>
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
        <translation>质检队列</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>导入会话(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>质检(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>下一个案例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>上一个案例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit evaluation</source>
        <translation>提交评分(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time QA Workbench starts.</source>
        <translation>新语言将在下次启动 QA Workbench 时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QA Workbench</source>
        <translation>关于 QA Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About QA Workbench</source>
        <translation>关于 QA Workbench</translation>
    </message>
    <message>
        <source>&lt;b&gt;QA Workbench %1&lt;/b&gt;&lt;p&gt;Quality assurance workstation for contact centres: review calls and chats, score them, coach agents.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;QA Workbench %1&lt;/b&gt;&lt;p&gt;客服中心质检工作台：审听通话、查看在线会话，进行评分并辅导坐席。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown</source>
        <translation>显示 %1 个案例（共 %2 个）</translation>
    </message>
    <message>
        <source>No conversation with id %1 in this store.</source>
        <translation>此数据库中没有 ID 为 %1 的会话。</translation>
    </message>
    <message>
        <source>The conversation %1 is no longer in the store.</source>
        <translation>会话 %1 已不在数据库中。</translation>
    </message>
    <message>
        <source>No scorecard is published for %1 conversations.</source>
        <translation>尚未发布适用于 %1 会话的评分表。</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未能提交：%1</translation>
    </message>
    <message>
        <source>Submitted %1 with score %2.</source>
        <translation>已提交 %1，得分 %2。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <source>Conversations (*.jsonl *.ndjson *.csv);;JSON Lines (*.jsonl *.ndjson);;CSV pair (*.csv);;All files (*)</source>
        <translation>会话文件 (*.jsonl *.ndjson *.csv);;JSON Lines (*.jsonl *.ndjson);;CSV 文件对 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-QA %v/%m</source>
        <translation>自动质检 %v/%m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop auto-QA (cases checked so far keep their hits)</source>
        <translation>停止自动质检（已检查的案例会保留其命中结果）</translation>
    </message>
    <message>
        <source>Import &amp;rule set…</source>
        <translation>导入规则集(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export rule set…</source>
        <translation>导出规则集(&amp;E)…</translation>
    </message>
    <message>
        <source>Next &amp;hit</source>
        <translation>下一个命中(&amp;H)</translation>
    </message>
    <message>
        <source>Previous h&amp;it</source>
        <translation>上一个命中(&amp;I)</translation>
    </message>
    <message>
        <source>Re-run &amp;auto-QA on this list</source>
        <translation>对此列表重新运行自动质检(&amp;A)</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>导入规则集</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>规则集文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>未能导入 %1：
%2</translation>
    </message>
    <message>
        <source>Rule set imported; re-checking the conversations it changes…</source>
        <translation>规则集已导入；正在重新检查受影响的会话…</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>导出规则集</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>规则集文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Back 5 seconds</source>
        <translation>后退 5 秒(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward 5 seconds</source>
        <translation>前进 5 秒(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>减慢(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加快(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Next / previous case</source>
        <translation>下一个 / 上一个案例</translation>
    </message>
    <message>
        <source>Next / previous rule hit</source>
        <translation>下一个 / 上一个规则命中</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Play / pause the call</source>
        <translation>播放 / 暂停通话录音</translation>
    </message>
    <message>
        <source>Back / forward 5 seconds</source>
        <translation>后退 / 前进 5 秒</translation>
    </message>
    <message>
        <source>Slower / faster playback</source>
        <translation>减慢 / 加快播放</translation>
    </message>
    <message>
        <source>Save the draft (drafts also save themselves)</source>
        <translation>保存草稿（草稿也会自动保存）</translation>
    </message>
    <message>
        <source>Submit the evaluation</source>
        <translation>提交评分</translation>
    </message>
    <message>
        <source>Move through the scoring form and its answers</source>
        <translation>在评分表及其选项间移动</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Playback keys work anywhere except in text fields and on buttons, which keep their own keys.</source>
        <translation>播放快捷键在文本框和按钮以外的任何位置都可使用；文本框和按钮保留各自的按键功能。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Comment on this moment or selection…</source>
        <translation>对当前时刻或选中内容评语(&amp;C)…</translation>
    </message>
    <message>
        <source>Next co&amp;mment</source>
        <translation>下一条评语(&amp;M)</translation>
    </message>
    <message>
        <source>Previous comm&amp;ent</source>
        <translation>上一条评语(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Loop the selection or the current turn</source>
        <translation>循环播放选中段或当前一轮(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>Comment on the selected words, the selected range, or the current moment or message</source>
        <translation>对选中的文字、选中的时间段，或当前时刻/消息写评语</translation>
    </message>
    <message>
        <source>Next / previous comment</source>
        <translation>下一条 / 上一条评语</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+拖动</translation>
    </message>
    <message>
        <source>Select a time range on the waveform (Esc clears it)</source>
        <translation>在波形上选择时间段（Esc 清除）</translation>
    </message>
    <message>
        <source>Loop the selected range, or the turn being played</source>
        <translation>循环播放选中的时间段，或正在播放的这一轮</translation>
    </message>
    <message>
        <source>&amp;Reopen evaluation…</source>
        <translation>重新打开评估(&amp;R)…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>个人资料(&amp;P)…</translation>
    </message>
    <message>
        <source>Store: %1 — signed in as %2 (%3)</source>
        <translation>数据库：%1 — 当前用户 %2（%3）</translation>
    </message>
    <message>
        <source>Reopen evaluation</source>
        <translation>重新打开评估</translation>
    </message>
    <message>
        <source>Why does this submitted evaluation need to change? The submitted revision is kept, and the reason is recorded.</source>
        <translation>为什么需要修改这份已提交的评估？已提交的版本会保留，原因会被记录。</translation>
    </message>
    <message>
        <source>Not reopened: %1</source>
        <translation>未能重新打开：%1</translation>
    </message>
    <message>
        <source>Reopened as revision %1.</source>
        <translation>已重新打开为第 %1 版。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Tags not saved: %1</source>
        <translation>标签未保存：%1</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
    <message>
        <source>Edit &amp;scorecards…</source>
        <translation>编辑评分表(&amp;S)…</translation>
    </message>
    <message>
        <source>QA managers and admins edit and publish scorecards</source>
        <translation>质检主管和管理员可编辑并发布评分表</translation>
    </message>
    <message>
        <source>Undo / redo an answer</source>
        <translation>撤销 / 重做答案</translation>
    </message>
    <message>
        <source>Sample and &amp;assign…</source>
        <translation>抽样与派单(&amp;A)…</translation>
    </message>
    <message>
        <source>QA managers and admins draw samples and assign them to inspectors</source>
        <translation>质检主管和管理员可抽取样本并派单给质检员</translation>
    </message>
    <message>
        <source>&amp;Queue progress…</source>
        <translation>质检队列进度(&amp;Q)…</translation>
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
        <translation>将您的工作发送到共享数据库，并获取同事的工作</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Shared store…</source>
        <translation>共享数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync with the shared store now</source>
        <translation>立即与共享数据库同步</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>正在停止同步…</translation>
    </message>
    <message>
        <source>The sync settings could not be saved in the store.</source>
        <translation>无法将同步设置保存到数据库中。</translation>
    </message>
    <message>
        <source>Sync is off: your work stays on this computer.</source>
        <translation>同步已关闭：您的工作只保存在本机。</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <source>New sync conflicts: %1 — see Review ▸ Sync conflicts…</source>
        <translation>新增同步冲突 %1 个 — 请查看“质检 ▸ 同步冲突…”</translation>
    </message>
    <message>
        <source>Your evaluation of %1 was updated from the shared store.</source>
        <translation>您对 %1 的评估已根据共享数据库更新。</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>辅导(&amp;C)</translation>
    </message>
    <message>
        <source>Team &amp;feedback…</source>
        <translation>班组反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Coaching &amp;session…</source>
        <translation>辅导会话(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Disputes…</source>
        <translation>申诉(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) wait for your decision — Coaching ▸ Disputes…</source>
        <translation>
            <numerusform>%n 个申诉等待您裁定 — 辅导 ▸ 申诉…</numerusform>
        </translation>
    </message>
    <message>
        <source>Case &amp;library…</source>
        <translation>案例库(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Training collections…</source>
        <translation>培训案例集(&amp;T)…</translation>
    </message>
    <message>
        <source>Add this case to a &amp;collection…</source>
        <translation>将此案例添加到案例集(&amp;C)…</translation>
    </message>
    <message>
        <source>Added to &quot;%1&quot;.</source>
        <translation>已添加到“%1”。</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reports and indicators…</source>
        <translation>报表与指标(&amp;R)…</translation>
    </message>
    <message>
        <source>Ca&amp;libration sessions…</source>
        <translation>校准活动(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a case first, then add it to a collection.</source>
        <translation>请先打开一个案例，再将其添加到案例集。</translation>
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
        <translation>发起申诉</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>原答案</translation>
    </message>
    <message>
        <source>Inspector&apos;s comment</source>
        <translation>质检员评语</translation>
    </message>
    <message>
        <source>Scorecard items</source>
        <translation>评分表中的评分项</translation>
    </message>
    <message>
        <source>What does the agent say is wrong? Point at the moment if you can.</source>
        <translation>坐席认为哪里有误？如有可能，请指明具体时刻。</translation>
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
        <translation>发起申诉</translation>
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
        <translation>勾选坐席申诉的评分项（不合格项以底色标示）：</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <source>The scorecard of this evaluation is missing.</source>
        <translation>缺少此评估的评分表。</translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>没有评估 %1。</translation>
    </message>
    <message>
        <source>%1 · fatal item failed</source>
        <translation>%1 · 一票否决项未通过</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Agent: %3 · Inspector: %4&lt;br&gt;Score: %5 · Submitted: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;坐席：%3 · 质检员：%4&lt;br&gt;得分：%5 · 提交时间：%6</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Disputes are opened within %1 days; at most %2 per evaluation.</source>
        <translation>申诉须在 %1 天内发起；每条评估最多申诉 %2 次。</translation>
    </message>
    <message>
        <source>The time to dispute this one ended on %1.</source>
        <translation>此评估的申诉期限已于 %1 结束。</translation>
    </message>
    <message>
        <source>This one until %1.</source>
        <translation>此评估可申诉至 %1。</translation>
    </message>
    <message>
        <source>Disputed %1 time(s) so far.</source>
        <translation>目前已申诉 %1 次。</translation>
    </message>
    <message>
        <source>One is still open.</source>
        <translation>有一项申诉仍在进行中。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 (inspector who scored it)</source>
        <translation>%1（评分的质检员）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>You cannot open disputes: %1</source>
        <translation>您无法发起申诉：%1</translation>
    </message>
    <message>
        <source>Only a submitted evaluation can be disputed.</source>
        <translation>只有已提交的评估才能申诉。</translation>
    </message>
    <message>
        <source>Tick the items the agent disputes.</source>
        <translation>请勾选坐席申诉的评分项。</translation>
    </message>
    <message>
        <source>Say what the agent says is wrong.</source>
        <translation>请说明坐席认为哪里有误。</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>未能发起：%1</translation>
    </message>
    <message>
        <source>Dispute opened.</source>
        <translation>已发起申诉。</translation>
    </message>
</context>
<context>
    <name>qawb::ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Your name appears on your evaluations and comments, and in the audit log.</source>
        <translation>您的姓名会显示在您的评估、评语和审计日志中。</translation>
    </message>
    <message>
        <source>e.g. 张敏</source>
        <translation>例如：张敏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles are given by an admin of this store (the first person to use it): qawb users role LOGIN ROLE.</source>
        <translation>角色由此数据库的管理员（第一位使用者）分配：qawb users role 登录名 角色。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>全部会话</translation>
    </message>
    <message>
        <source>%1  (%2/%3 done)</source>
        <translation>%1  (已完成 %2/%3)</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 分钟</translation>
    </message>
    <message>
        <source>≈ %1 h %2 min</source>
        <translation>≈ %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>%1  (%2/%3 done · %4 left)</source>
        <translation>%1  (已完成 %2/%3 · 剩余 %4)</translation>
    </message>
    <message>
        <source>%1
Inspector: %2
%3 submitted, %4 drafts, %5 cases
Expected review time left: %6</source>
        <translation>%1
质检员：%2
已提交 %3 个，草稿 %4 个，共 %5 个案例
剩余预计质检时长：%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>质检队列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>质检队列</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计时长</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>入选原因</translation>
    </message>
    <message>
        <source>Conversations of the queue</source>
        <translation>质检队列中的会话</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes to the queue</source>
        <translation>质检队列的变更</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Queue progress — all inspectors</source>
        <translation>质检队列进度 — 全部质检员</translation>
    </message>
    <message>
        <source>Queue progress — your queues</source>
        <translation>质检队列进度 — 我的质检队列</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Move the selected conversation to another inspector (the reason is recorded)</source>
        <translation>将选中的会话移交给其他质检员（原因会被记录）</translation>
    </message>
    <message>
        <source>Replace the selected conversation by another eligible one of the same agent (the reason is recorded)</source>
        <translation>将选中的会话替换为同一坐席的另一个符合条件的会话（原因会被记录）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
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
        <translation>还没有质检队列。</translation>
    </message>
    <message>
        <source>You have no queues.</source>
        <translation>您没有质检队列。</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s): %1 of %2 conversations reviewed, %3</source>
        <translation>
            <numerusform>%n 个质检队列：已质检 %1 个会话（共 %2 个），%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>nothing left</source>
        <translation>已全部完成</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation>从 %1 改派给 %2</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>替换为 %1</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>变更记录（%1）</translation>
    </message>
    <message>
        <source>Choose a queue first.</source>
        <translation>请先选择一个质检队列。</translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation>未能改派：%1</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已改派给 %2。</translation>
    </message>
    <message>
        <source>Not replaced: %1</source>
        <translation>未能替换：%1</translation>
    </message>
    <message>
        <source>%1 replaced by %2.</source>
        <translation>%1 已替换为 %2。</translation>
    </message>
    <message>
        <source>Reassign conversation</source>
        <translation>改派会话</translation>
    </message>
    <message>
        <source>Move %1 from %2&apos;s queue to another inspector. The reason is recorded.</source>
        <translation>将 %1 从 %2 的质检队列移交给其他质检员。原因会被记录。</translation>
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
        <translation>改派给：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>There is no other inspector who may evaluate conversations.</source>
        <translation>没有其他有权评估会话的质检员。</translation>
    </message>
    <message>
        <source>Replace conversation</source>
        <translation>替换会话</translation>
    </message>
    <message>
        <source>Replace %1 by another conversation of %2 from the sample&apos;s period that is still eligible. The reason is recorded.</source>
        <translation>将 %1 替换为 %2 在该样本时间段内另一个仍符合条件的会话。原因会被记录。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>e.g. the inspector is on leave; a conflict of interest</source>
        <translation>例如：质检员请假；存在利益冲突</translation>
    </message>
    <message>
        <source>e.g. the recording is damaged</source>
        <translation>例如：录音损坏</translation>
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
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Only those missing the threshold</source>
        <translation>仅显示未达阈值的</translation>
    </message>
    <message>
        <source>Sample these…</source>
        <translation>抽样这些会话…</translation>
    </message>
    <message>
        <source>Reports and indicators</source>
        <translation>报表与指标</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Whole selection only</source>
        <translation>仅显示整体</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>Put the listed conversations into a sample, to assign to inspectors</source>
        <translation>将列出的会话放入样本，以分配给质检员</translation>
    </message>
    <message>
        <source>Click a figure to list the conversations behind it</source>
        <translation>单击数字可列出其对应的会话</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the conversation in the workstation</source>
        <translation>双击或按 Enter：在工作台中打开会话</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>得分分布</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Pass rate per item</source>
        <translation>各评分项合格率</translation>
    </message>
    <message>
        <source>Most-hit auto-QA rules (all conversations in the selection):</source>
        <translation>命中最多的自动质检规则（所选范围内的全部会话）：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Sample these</source>
        <translation>抽样这些会话</translation>
    </message>
    <message numerus="yes">
        <source>Make a sample of these %n conversation(s)? You then choose the inspectors to assign it to.</source>
        <translation>
            <numerusform>用这 %n 个会话创建样本？随后您可选择要分配给哪些质检员。</numerusform>
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
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>First day (the conversation&apos;s own date)</source>
        <translation>起始日期（按会话本身的日期）</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>结束日期（含当天）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>Calls and chats</source>
        <translation>通话和在线会话</translation>
    </message>
    <message>
        <source>All business types</source>
        <translation>全部业务类型</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Bringing the report figures up to date…</source>
        <translation>正在更新报表数据…</translation>
    </message>
    <message>
        <source>Score distribution…</source>
        <translation>得分分布…</translation>
    </message>
    <message>
        <source>Trend…</source>
        <translation>趋势…</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>排名…</translation>
    </message>
    <message>
        <source>Pass rate per item…</source>
        <translation>各评分项合格率…</translation>
    </message>
    <message>
        <source>Problems…</source>
        <translation>问题…</translation>
    </message>
    <message>
        <source>Inspectors…</source>
        <translation>质检员…</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>指标…</translation>
    </message>
    <message>
        <source>Cancelled; the pages still show the previous figures.</source>
        <translation>已取消，各页面仍显示之前的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted evaluation(s) in %1 (calibration evaluations are not counted).</source>
        <translation>
            <numerusform>%1 内共 %n 份已提交的评估（不含校准评估）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) · mean %1 · median %2 · standard deviation %3 · passed %4 · fatal %5</source>
        <translation>
            <numerusform>%n 份评估 · 平均分 %1 · 中位数 %2 · 标准差 %3 · 合格 %4 · 一票否决 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluations per score band</source>
        <translation>各分数段评估数</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Mean score and pass rate</source>
        <translation>平均分与合格率</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>合格率（%）</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <source>Mean score — the best %1</source>
        <translation>平均分——前 %1 名</translation>
    </message>
    <message>
        <source>Pass rate per item (%) against its target</source>
        <translation>各评分项合格率（%）与目标对比</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Most-failed items</source>
        <translation>不合格最多的评分项</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Evaluations submitted</source>
        <translation>已提交评估数</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>%1
(%2 %3)</source>
        <translation>%1
（%2 %3）</translation>
    </message>
    <message>
        <source>Whole selection</source>
        <translation>整体</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) behind this figure</source>
        <translation>
            <numerusform>该数字对应的 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>Misses the threshold</source>
        <translation>未达阈值</translation>
    </message>
    <message numerus="yes">
        <source>Far from its own baseline: %1 over the previous %n period(s), z = %2</source>
        <translation>
            <numerusform>明显偏离自身基线：前 %n 个周期为 %1，z = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators (%1 ⚠)</source>
        <translation>指标（%1 ⚠）</translation>
    </message>
    <message>
        <source>Click a figure above to list the conversations behind it.</source>
        <translation>单击上方的数字可列出其对应的会话。</translation>
    </message>
    <message>
        <source>whole selection</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>Customer satisfaction (1–5), %1</source>
        <translation>客户满意度（1–5），%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>contacted again</source>
        <translation>重复联系</translation>
    </message>
    <message>
        <source>no repeat</source>
        <translation>无重复联系</translation>
    </message>
    <message>
        <source>misses the threshold</source>
        <translation>未达阈值</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n conversation(s) listed, %3 missing the threshold (newest first, at most %4).</source>
        <translation>
            <numerusform>%1 · %2：列出 %n 个会话，其中 %3 个未达阈值（最新的在前，最多 %4 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>List some conversations first: click a figure on the indicators page.</source>
        <translation>请先列出一些会话：在指标页面上单击某个数字。</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1 made of %n conversation(s).</source>
        <translation>
            <numerusform>已创建样本 %1，包含 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: conversations</source>
        <translation>%1：会话数</translation>
    </message>
    <message>
        <source>%1: threshold</source>
        <translation>%1：阈值</translation>
    </message>
    <message>
        <source>%1: meets</source>
        <translation>%1：达标</translation>
    </message>
    <message>
        <source>%1: anomaly</source>
        <translation>%1：异常</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>分数段</translation>
    </message>
    <message>
        <source>Most-hit rules</source>
        <translation>命中最多的规则</translation>
    </message>
    <message>
        <source>Nothing to export yet: the figures are still being computed.</source>
        <translation>尚无可导出的内容：数据仍在计算中。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>QA Workbench · %1 · %2</source>
        <translation>QA Workbench · %1 · %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>qawb::SamplingDialog</name>
    <message>
        <source>Sample and assign</source>
        <translation>抽样与派单</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>抽样方案</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>已保存的方案</translation>
    </message>
    <message>
        <source>Saved plans…</source>
        <translation>已保存的方案…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Stores the plan under its name, replacing a saved plan of that name</source>
        <translation>按名称保存方案，并覆盖同名的已保存方案</translation>
    </message>
    <message>
        <source>Import sampling plan</source>
        <translation>导入抽样方案</translation>
    </message>
    <message>
        <source>Sampling plans (*.json);;All files (*)</source>
        <translation>抽样方案文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a sampling plan:
%2</source>
        <translation>%1 不是抽样方案：
%2</translation>
    </message>
    <message>
        <source>Choose a saved plan to delete.</source>
        <translation>请选择要删除的已保存方案。</translation>
    </message>
    <message>
        <source>Delete sampling plan</source>
        <translation>删除抽样方案</translation>
    </message>
    <message>
        <source>Delete the saved plan “%1”? Samples drawn with it keep their copy.</source>
        <translation>删除已保存的方案“%1”？用它抽取的样本会保留各自的方案副本。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>样本规模</translation>
    </message>
    <message>
        <source>e.g. 周报抽样</source>
        <translation>例如：周报抽样</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Share of the eligible</source>
        <translation>按符合条件会话的比例</translation>
    </message>
    <message>
        <source>Fixed number</source>
        <translation>固定数量</translation>
    </message>
    <message>
        <source>Share of the eligible conversations, in percent</source>
        <translation>符合条件会话的抽取比例（百分比）</translation>
    </message>
    <message>
        <source>Number of conversations</source>
        <translation>会话数量</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>抽取量：</translation>
    </message>
    <message>
        <source>The same plan, seed and conversations always draw the same sample</source>
        <translation>相同的方案、随机种子和会话总会抽出相同的样本</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新随机种子</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The period the plan draws from by default: this many days up to yesterday</source>
        <translation>方案默认的抽样时间段：从昨天往前推算的天数</translation>
    </message>
    <message>
        <source>Default period:</source>
        <translation>默认时间段：</translation>
    </message>
    <message>
        <source>Scope (nothing ticked: all)</source>
        <translation>范围（均不勾选即为全部）</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Business types:</source>
        <translation>业务类型：</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>抽取方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>时段（小时）</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Hour and weekday together make many small strata</source>
        <translation>同时按时段和星期分层会产生许多很小的分层</translation>
    </message>
    <message>
        <source>Stratify by agent and:</source>
        <translation>按坐席分层，并按：</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
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
        <translation>每个坐席：</translation>
    </message>
    <message>
        <source>Triggers (always picked, each up to its cap)</source>
        <translation>触发条件（命中即抽取，各自不超过上限）</translation>
    </message>
    <message>
        <source>At most this many conversations are picked by this trigger</source>
        <translation>此触发条件最多抽取的会话数</translation>
    </message>
    <message>
        <source>Cap for %1</source>
        <translation>%1 的上限</translation>
    </message>
    <message>
        <source>Repeat contact within:</source>
        <translation>重复进线时限：</translation>
    </message>
    <message>
        <source>An agent&apos;s indicators in the period against the days before it</source>
        <translation>将坐席在该时间段内的指标与之前若干天进行比较</translation>
    </message>
    <message>
        <source>Anomaly baseline:</source>
        <translation>异常检测基线：</translation>
    </message>
    <message>
        <source>How many standard errors the agent&apos;s mean must move</source>
        <translation>坐席均值须偏离多少个标准误</translation>
    </message>
    <message>
        <source>Anomaly threshold (z):</source>
        <translation>异常阈值（z）：</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Conversations already evaluated</source>
        <translation>已评估的会话</translation>
    </message>
    <message>
        <source>Conversations in another open queue</source>
        <translation>已在其他未关闭质检队列中的会话</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <source>Calls shorter than:</source>
        <translation>通话时长短于：</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <source>Chats with fewer than:</source>
        <translation>在线会话少于：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>时间段的第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>时间段的最后一天</translation>
    </message>
    <message>
        <source>Draws the sample without storing it</source>
        <translation>抽取样本但不保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>时间段：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Set up the plan and the period, then preview the sample.</source>
        <translation>设置方案和时间段，然后预览样本。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>抽中会话</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已抽取</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>Per stratum</source>
        <translation>按分层</translation>
    </message>
    <message>
        <source>Per reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Expected (h:mm)</source>
        <translation>预计时长（h:mm）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>质检队列</translation>
    </message>
    <message>
        <source>Assigned queues</source>
        <translation>已派发的质检队列</translation>
    </message>
    <message>
        <source>Create sample</source>
        <translation>生成样本</translation>
    </message>
    <message>
        <source>Stores the previewed sample (with its plan and seed) so it can be assigned</source>
        <translation>保存预览的样本（连同其方案和随机种子），以便派单</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Create a sample first.</source>
        <translation>请先生成样本。</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This many conversations go to every chosen inspector, to compare their scores</source>
        <translation>发给每位已选质检员的相同会话数，用于比较各人的评分</translation>
    </message>
    <message>
        <source>Inspectors never review their own team</source>
        <translation>质检员不质检本组</translation>
    </message>
    <message>
        <source>Makes one queue per inspector, balanced by expected review time</source>
        <translation>为每位质检员生成一个质检队列，按预计质检时长均衡分配</translation>
    </message>
    <message>
        <source>Calibration conversations:</source>
        <translation>校准会话数：</translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <source>The plan or the period changed since this preview: preview again before creating the sample.</source>
        <translation>方案或时间段在此次预览后已更改：请重新预览后再生成样本。</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <translation>%1（此数据库中没有）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no saved plan called %1.</source>
        <translation>没有名为 %1 的已保存方案。</translation>
    </message>
    <message>
        <source>The saved plan %1 cannot be read: %2</source>
        <translation>无法读取已保存的方案 %1：%2</translation>
    </message>
    <message>
        <source>Plan %1 loaded (saved %2).</source>
        <translation>已加载方案 %1（保存于 %2）。</translation>
    </message>
    <message>
        <source>Plan imported from %1; save it to keep it in this store.</source>
        <translation>已从 %1 导入方案；保存后才会留在此数据库中。</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>方案未保存：%1</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>方案 %1 已保存。</translation>
    </message>
    <message>
        <source>The plan was not deleted: %1</source>
        <translation>方案未删除：%1</translation>
    </message>
    <message>
        <source>Plan %1 deleted.</source>
        <translation>方案 %1 已删除。</translation>
    </message>
    <message>
        <source>The plan is not complete: %1</source>
        <translation>方案不完整：%1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>时间段的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Reading conversations…</source>
        <translation>正在读取会话…</translation>
    </message>
    <message>
        <source>Drawing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <source>Reading conversations: %v of %m</source>
        <translation>正在读取会话：%v / %m</translation>
    </message>
    <message>
        <source>Nothing to sample: no conversation of the period is eligible.</source>
        <translation>无可抽取的会话：该时间段内没有符合条件的会话。</translation>
    </message>
    <message>
        <source>Preview ready. Create the sample to store it, or change the plan and preview again.</source>
        <translation>预览已完成。生成样本即可保存，或修改方案后重新预览。</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
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
        <translation>已评估</translation>
    </message>
    <message>
        <source>in another open queue</source>
        <translation>在其他未关闭的质检队列中</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>过短</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 个%2</translation>
    </message>
    <message>
        <source>%1 – %2: %3 eligible, target %4, picked %5. Left out: %6.</source>
        <translation>%1 – %2：符合条件 %3 个，目标 %4 个，已抽取 %5 个。已排除：%6。</translation>
    </message>
    <message>
        <source>This preview is already stored as a sample.</source>
        <translation>此预览已保存为样本。</translation>
    </message>
    <message>
        <source>Preview the sample first.</source>
        <translation>请先预览样本。</translation>
    </message>
    <message>
        <source>The sample was not created: %1</source>
        <translation>未能生成样本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1: %n conversation(s), not assigned yet. Choose the inspectors.</source>
        <translation>
            <numerusform>样本 %1：%n 个会话，尚未派单。请选择质检员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample %1 created with %n conversation(s).</source>
        <translation>
            <numerusform>已生成样本 %1，共 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>未能派单：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1: %n conversation(s), assigned.</source>
        <translation>
            <numerusform>样本 %1：%n 个会话，已派单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned: %n queue(s) made, %1 calibration conversation(s) for every inspector.</source>
        <translation>
            <numerusform>已派单：生成了 %n 个质检队列，每位质检员另有 %1 个校准会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned: %n queue(s) made.</source>
        <translation>
            <numerusform>已派单：生成了 %n 个质检队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qawb::ScoreForm</name>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Overall comment on this case</source>
        <translation>对此案例的总体评语</translation>
    </message>
    <message>
        <source>Coaching note for the agent and team leader</source>
        <translation>给坐席和班组长的辅导意见</translation>
    </message>
    <message>
        <source>Private note (only inspectors see it)</source>
        <translation>私人备注（仅质检员可见）</translation>
    </message>
    <message>
        <source>General comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>私人备注</translation>
    </message>
    <message>
        <source>Submit the evaluation (Ctrl+Enter)</source>
        <translation>提交评分（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you work</source>
        <translation>工作过程中草稿也会自动保存</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私人备注</translation>
    </message>
    <message>
        <source>Open a case to score it.</source>
        <translation>打开一个案例即可评分。</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
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
        <translation>已于 %1 提交。此评分已定稿，不能再修改。</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（v%2）</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Bonus +%1</source>
        <translation>加分项 +%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pt(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (required when failed)</source>
        <translation>评语（未通过时必填）</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>对“%1”的评语</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n to answer)</source>
        <translation>
            <numerusform>（还有 %n 项未作答）</numerusform>
        </translation>
    </message>
    <message>
        <source>One-vote veto: %1. The evaluation scores 0.</source>
        <translation>一票否决：%1。本次评分为 0 分。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Reopen this submitted evaluation to change it (needs a reason; the submitted revision is kept)</source>
        <translation>重新打开这份已提交的评估以便修改（需填写原因；已提交的版本会保留）</translation>
    </message>
    <message>
        <source>Revision %1. Revision %2 (score %3) was reopened %4: %5</source>
        <translation>第 %1 版。第 %2 版（得分 %3）于 %4 被重新打开：%5</translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions are kept: %n</source>
        <translation>
            <numerusform>已保留之前的 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>No deductions</source>
        <translation>无扣分</translation>
    </message>
    <message>
        <source>−%1 %2</source>
        <translation>−%1 %2</translation>
    </message>
    <message>
        <source>see the hits</source>
        <translation>请查看命中</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>无命中</translation>
    </message>
    <message>
        <source>Auto-QA suggested %1 — overridden</source>
        <translation>自动质检建议“%1” — 已改判</translation>
    </message>
    <message>
        <source>Auto-QA: %1</source>
        <translation>自动质检：%1</translation>
    </message>
    <message>
        <source>answer to “%1”</source>
        <translation>“%1”的答案</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>优秀案例</translation>
    </message>
    <message>
        <source>Bad example</source>
        <translation>反面案例</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>培训案例</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Your role does not score conversations; the form is shown read-only.</source>
        <translation>您的角色不负责评分；评分表以只读方式显示。</translation>
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
        <translation>允许不适用</translation>
    </message>
    <message>
        <source>Fatal (一票否决)</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Comment required when failed</source>
        <translation>未通过时必须填写评语</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>发布为新版本</translation>
    </message>
    <message>
        <source>Scorecard editor</source>
        <translation>评分表编辑器</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation>分组与评分项</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
        <translation>选择一个分组或评分项进行编辑。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>choice / deductions, one per line:
key | points | 中文 | English</source>
        <translation>选项或扣分项，每行一个：
标识 | 分值 | 中文 | 英文</translation>
    </message>
    <message>
        <source>auto-QA rules, e.g. greeting.missing</source>
        <translation>关联的自动质检规则，如 greeting.missing</translation>
    </message>
    <message>
        <source>only when: item = value, value</source>
        <translation>仅当：评分项 = 答案, 答案</translation>
    </message>
    <message>
        <source>Question (简体)</source>
        <translation>问题（简体）</translation>
    </message>
    <message>
        <source>Question (繁體)</source>
        <translation>问题（繁体）</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>问题（英文）</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Scale steps</source>
        <translation>分档数</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Shown if</source>
        <translation>显示条件</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Preview — click answers to try the scoring</source>
        <translation>预览 — 点选答案试算得分</translation>
    </message>
    <message>
        <source>Ready to publish: the next version of %1.</source>
        <translation>可以发布：%1 的下一个版本。</translation>
    </message>
    <message>
        <source>Cannot publish yet: %1</source>
        <translation>暂不能发布：%1</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新分组</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <source>Published version %1. Evaluations already scored keep their version.</source>
        <translation>已发布第 %1 版。已评分的评估保留原版本。</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>与第 %1 版相比没有变化。</translation>
    </message>
    <message>
        <source>reason codes asked when the item fails, one per line:
key | 中文 | English</source>
        <translation>未通过时询问的原因，每行一个：
标识 | 中文 | 英文</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Create it if it does not exist</source>
        <translation>如不存在则创建</translation>
    </message>
    <message>
        <source>Also share drafts</source>
        <translation>同时共享草稿</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>The team&apos;s shared store is one file in a shared folder (a network drive or a synced folder everyone can write to). QA Workbench sends your work there and picks up your colleagues&apos; every two minutes, after each submission and when you press F5. Leave the field empty to keep everything on this computer.</source>
        <translation>团队的共享数据库是共享文件夹（网络驱动器或所有人都能写入的同步文件夹）中的一个文件。每隔两分钟、每次提交后以及您按 F5 时，QA Workbench 都会将您的工作发送到那里，并获取同事的工作。此栏留空则所有内容都只保存在本机。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>Shared store file</source>
        <translation>共享数据库文件</translation>
    </message>
    <message>
        <source>Browse for the shared store file</source>
        <translation>浏览选择共享数据库文件</translation>
    </message>
    <message>
        <source>Drafts are then visible to everyone with access to the shared store, and continue on your other computers. Private notes never leave this computer.</source>
        <translation>勾选后，所有能访问共享数据库的人都能看到草稿，您也可以在其他计算机上继续编辑草稿。私人备注始终只保存在本机。</translation>
    </message>
    <message>
        <source>Shared store &amp;file:</source>
        <translation>共享数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the shared store</source>
        <translation>选择共享数据库</translation>
    </message>
    <message>
        <source>QA Workbench stores (*.qawb *.sqlite *.db)</source>
        <translation>QA Workbench 数据库 (*.qawb *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Sync is off: your work stays on this computer.</source>
        <translation>同步已关闭：您的工作只保存在本机。</translation>
    </message>
    <message>
        <source>A store exists there; it is synced with this computer&apos;s.</source>
        <translation>该位置已有数据库；它将与本机的数据库同步。</translation>
    </message>
    <message>
        <source>That is a folder: give the name of a file in it.</source>
        <translation>这是一个文件夹：请指定其中的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be reached now.</source>
        <translation>目前无法访问文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no store there yet.</source>
        <translation>该位置还没有数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>That is this computer&apos;s own store; the shared store must be another file.</source>
        <translation>这是本机自己的数据库；共享数据库必须是另一个文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be reached.</source>
        <translation>文件夹 %1 不存在或无法访问。</translation>
    </message>
    <message>
        <source>There is no shared store at %1. Tick “Create it if it does not exist” to start one there.</source>
        <translation>%1 处没有共享数据库。勾选“如不存在则创建”即可在该位置新建一个。</translation>
    </message>
    <message>
        <source>A shared store cannot be kept there.</source>
        <translation>无法在该位置存放共享数据库。</translation>
    </message>
</context>
<context>
    <name>qawb::SyncStatusButton</name>
    <message>
        <source>1 evaluation</source>
        <translation>1 份评估</translation>
    </message>
    <message>
        <source>%1 evaluations</source>
        <translation>%1 份评估</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 条评语</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 条评语</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 个会话</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 个会话</translation>
    </message>
    <message>
        <source>1 queue</source>
        <translation>1 个质检队列</translation>
    </message>
    <message>
        <source>%1 queues</source>
        <translation>%1 个质检队列</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 个样本</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <source>1 sampling plan</source>
        <translation>1 个抽样方案</translation>
    </message>
    <message>
        <source>%1 sampling plans</source>
        <translation>%1 个抽样方案</translation>
    </message>
    <message>
        <source>1 scorecard</source>
        <translation>1 张评分表</translation>
    </message>
    <message>
        <source>%1 scorecards</source>
        <translation>%1 张评分表</translation>
    </message>
    <message>
        <source>1 rule set</source>
        <translation>1 个规则集</translation>
    </message>
    <message>
        <source>%1 rule sets</source>
        <translation>%1 个规则集</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 位人员</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 位人员</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 个班组</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 个班组</translation>
    </message>
    <message>
        <source>1 agent</source>
        <translation>1 名坐席</translation>
    </message>
    <message>
        <source>%1 agents</source>
        <translation>%1 名坐席</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 项更改</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 项更改</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 个冲突</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Nothing changed on either side.</source>
        <translation>本机和共享数据库都没有更改。</translation>
    </message>
    <message>
        <source>Sent to the shared store: %1</source>
        <translation>已发送到共享数据库：%1</translation>
    </message>
    <message>
        <source>Received from the shared store: %1</source>
        <translation>已从共享数据库接收：%1</translation>
    </message>
    <message>
        <source>Audit entries: %1 sent, %2 received</source>
        <translation>审计记录：已发送 %1 条，已接收 %2 条</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>上次同步时间：%1。</translation>
    </message>
    <message>
        <source>Not synced yet since QA Workbench started.</source>
        <translation>自 QA Workbench 启动以来尚未同步。</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <source>No shared store is set: your work stays on this computer.</source>
        <translation>未设置共享数据库：您的工作只保存在本机。</translation>
    </message>
    <message>
        <source>Click to choose the team&apos;s shared store.</source>
        <translation>点击选择团队的共享数据库。</translation>
    </message>
    <message>
        <source>Sync on</source>
        <translation>同步已开启</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <translation>共享数据库：%1</translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation>点击立即同步（F5）。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Offline — %1 waiting</source>
        <translation>离线 — %1待同步</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: %1</source>
        <translation>无法访问共享数据库：%1</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer and sent at the next sync that reaches it.</source>
        <translation>您的更改会保留在本机，并在下次成功连接共享数据库的同步中发送。</translation>
    </message>
    <message>
        <source>Click to try again now (F5).</source>
        <translation>点击立即重试（F5）。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>An evaluation or comment changed both here and in the shared store since they were last synced. Click to choose which version to keep.</source>
        <translation>有评估或评语自上次同步以来在本机和共享数据库中都被修改过。点击选择要保留的版本。</translation>
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
        <translation>每周得分趋势</translation>
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
        <translation>正在生成波形…</translation>
    </message>
    <message>
        <source>Click or drag to seek; Shift+drag to select a range</source>
        <translation>点击或拖动以定位；按住 Shift 拖动选择时间段</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>循环</translation>
    </message>
</context>
<context>
    <name>qawb::i18n</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>qawb::labels</name>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>业务办理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
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
        <translation>待质检</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>网页在线</translation>
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
