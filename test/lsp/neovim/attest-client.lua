-- Neovim 0.7 headless, built-in LSP client, against `attest lsp --stdio`.
-- Run by test/lsp/neovim.nvim.ts: nvim --headless -u NONE -c 'luafile attest-client.lua'
-- Environment: ATTEST_CMD (JSON array: the server command), ATTEST_DRAFT (file to edit), ATTEST_OUT (result file).
local cmd = vim.fn.json_decode(os.getenv('ATTEST_CMD'))
local file = os.getenv('ATTEST_DRAFT')
local outpath = os.getenv('ATTEST_OUT')
local out, ok_all = {}, true
local function log(s) table.insert(out, s) end
local function check(cond, what) log((cond and 'PASS ' or 'FAIL ') .. what); ok_all = ok_all and cond end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == 'markdown', 'filetype markdown')
  local raw -- diagnostics as published by the server (LSP form), for the code action context
  local client_id = vim.lsp.start_client({
    name = 'attest',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':h'),
    settings = { attest = { checkOn = 'type' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, cfg)
        raw = result
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, cfg)
      end,
    },
  })
  check(client_id ~= nil, 'start_client')
  vim.lsp.buf_attach_client(bufnr, client_id)

  check(vim.wait(90000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'diagnostics arrived')
  local conflict
  for _, d in ipairs(raw.diagnostics) do
    log(string.format('  diag %d:%d [%s %s] %s', d.range.start.line, d.range.start.character, tostring(d.source), tostring(d.code), d.message))
    if d.code == 'figure-conflict' then conflict = d end
  end
  check(conflict ~= nil, 'a figure-conflict diagnostic')
  check(conflict.source == 'attest' and conflict.severity == vim.lsp.protocol.DiagnosticSeverity.Warning, 'source attest, severity Warning')
  -- LSP characters are UTF-16 units; Lua strings and Neovim columns are bytes.
  local line = vim.api.nvim_buf_get_lines(bufnr, conflict.range.start.line, conflict.range.start.line + 1, false)[1]
  local first = vim.str_byteindex(line, conflict.range.start.character, true)
  local last = vim.str_byteindex(line, conflict.range['end'].character, true)
  check(line:sub(first + 1, last) == '39 %', 'diagnostic on "39 %"')
  local shown = vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.WARN })
  check(#shown == 1 and shown[1].message:find('49 %%') ~= nil, 'Neovim shows the warning with the sourced figure')

  vim.api.nvim_win_set_cursor(0, { conflict.range.start.line + 1, first })
  local hov = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  local hv = hov and hov[client_id] and hov[client_id].result
  local text = hv and hv.contents and hv.contents.value or ''
  log('  hover: ' .. text:gsub('\n', ' | '))
  check(text:find('Conflicts with the sources', 1, true) ~= nil, 'hover: verdict')
  check(text:find('002_2279de170b058ca1.txt, line', 1, true) ~= nil, 'hover: source document and line')
  check(text:find('002_2279de170b058ca1.txt#L%d+%)') ~= nil, 'hover: link to the line')

  local ca = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = conflict.range,
    context = { diagnostics = { conflict } },
  }, 10000)
  local actions = ca and ca[client_id] and ca[client_id].result or {}
  local fix
  for _, a in ipairs(actions) do
    log('  codeAction: ' .. a.title .. (a.isPreferred and ' (preferred)' or ''))
    if a.isPreferred then fix = a end
  end
  check(fix ~= nil and fix.kind == 'quickfix', 'a preferred quick fix')
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  line = vim.api.nvim_buf_get_lines(bufnr, conflict.range.start.line, conflict.range.start.line + 1, false)[1]
  log('  line now: ' .. line)
  check(line:find('49 %', 1, true) ~= nil and line:find('39 %', 1, true) == nil, 'the fix put the sourced figure in the text')
  check(vim.wait(20000, function() return #vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.WARN }) == 0 end, 50),
    'the conflict is gone after the edit (didChange, re-check)')
  vim.lsp.stop_client(client_id)
end)
if not ok then log('ERROR ' .. tostring(err)); ok_all = false end
log(ok_all and 'RESULT PASS' or 'RESULT FAIL')
local f = io.open(outpath, 'w'); f:write(table.concat(out, '\n') .. '\n'); f:close()
vim.cmd(ok_all and 'qa!' or 'cq!')
