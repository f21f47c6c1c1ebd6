-- Test harness for test/editors/editors.test.ts, sourced after the README's configuration:
-- opens one file, waits for the unres server's diagnostics, asks for a hover and for code actions
-- the way vim.lsp.buf.hover() and vim.lsp.buf.code_action() do, applies the preferred quick fix,
-- waits for the diagnostics to change, and writes what it saw as JSON. Every wait polls with
-- vim.wait and gives up after UNRES_TIMEOUT_MS. Works on Neovim 0.7 (Debian 12) and later.
--
-- Environment: UNRES_FILE (the file to open), UNRES_OUT (the JSON to write), UNRES_EXPECT
-- (comma-separated rule codes to wait for), UNRES_HOVER (text to hover on, first occurrence),
-- UNRES_ACTION_CODE (the rule whose first diagnostic gets the code action request),
-- UNRES_TIMEOUT_MS (per wait).

local env = vim.env
local timeout = tonumber(env.UNRES_TIMEOUT_MS) or 20000
local out = { steps = {} }

local function step(name)
  table.insert(out.steps, name)
end

local function write_out()
  local file = assert(io.open(env.UNRES_OUT, 'w'))
  file:write(vim.fn.json_encode(out))
  file:close()
end

local function fail(message)
  error(message, 0)
end

local function clients_of(buf)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(buf))
end

local function codes_of(buf)
  local codes = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    codes[#codes + 1] = diagnostic.code
  end
  return codes
end

local function has_code(buf, code)
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    if diagnostic.code == code then
      return true
    end
  end
  return false
end

-- The line's diagnostics as LSP sends them, for the code action context (as vim.lsp.buf.code_action).
local function lsp_line_diagnostics(buf, lnum)
  if vim.lsp.diagnostic.get_line_diagnostics then -- Neovim 0.7–0.10
    return vim.lsp.diagnostic.get_line_diagnostics(buf, lnum)
  end
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do
    found[#found + 1] = diagnostic.user_data and diagnostic.user_data.lsp
  end
  return found
end

-- The only response of the unres client to a synchronous request.
local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, timeout)
  if not responses then
    fail(method .. ': no response (' .. tostring(err) .. ')')
  end
  for _, response in pairs(responses) do
    if response.err or response.error then
      fail(method .. ': ' .. vim.inspect(response.err or response.error))
    end
    return response.result
  end
  fail(method .. ': no client answered')
end

-- Tests never reach the real UN Digital Library: whatever the configuration says, the server is
-- told that the online look-up is off (as test/support/lsp-client.ts does).
local answer_configuration = vim.lsp.handlers['workspace/configuration']
vim.lsp.handlers['workspace/configuration'] = function(err, result, ctx, config)
  local response = answer_configuration(err, result, ctx, config)
  for index, item in ipairs(result and result.items or {}) do
    if item.section == 'unres' and type(response) == 'table' then
      local value = type(response[index]) == 'table' and response[index] or {}
      value.lookup = { online = false }
      response[index] = value
    end
  end
  return response
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.UNRES_FILE))
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  step('opened')

  if not vim.wait(timeout, function() return #clients_of(buf) > 0 end, 20) then
    fail('no language server attached to ' .. env.UNRES_FILE .. ' (filetype "' .. out.filetype .. '")')
  end
  local client = clients_of(buf)[1]
  out.client = client.name
  step('attached')

  local expected = vim.split(env.UNRES_EXPECT or '', ',', { trimempty = true })
  local arrived = vim.wait(timeout, function()
    for _, code in ipairs(expected) do
      if not has_code(buf, code) then
        return false
      end
    end
    return #vim.diagnostic.get(buf) > 0
  end, 20)
  out.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, {
      code = diagnostic.code,
      source = diagnostic.source,
      severity = diagnostic.severity,
      line = diagnostic.lnum,
      message = diagnostic.message,
    })
  end
  if not arrived then
    fail('diagnostics did not arrive in time; have: ' .. table.concat(codes_of(buf), ', '))
  end
  step('diagnostics')

  local encoding = client.offset_encoding or 'utf-16'
  local win = vim.api.nvim_get_current_win()

  -- Hover on the first occurrence of UNRES_HOVER, cursor inside it.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for lnum, line in ipairs(lines) do
    local col = line:find(env.UNRES_HOVER, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(win, { lnum, col })
      break
    end
  end
  local hover = request(buf, 'textDocument/hover', vim.lsp.util.make_position_params(win, encoding))
  out.hover = hover and table.concat(vim.lsp.util.convert_input_to_markdown_lines(hover.contents), '\n') or vim.NIL
  step('hover')

  -- Code actions on the line of the first diagnostic of UNRES_ACTION_CODE.
  local target
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    if diagnostic.code == env.UNRES_ACTION_CODE then
      target = diagnostic
      break
    end
  end
  if not target then
    fail('no ' .. env.UNRES_ACTION_CODE .. ' diagnostic for the code action')
  end
  vim.api.nvim_win_set_cursor(win, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params(win, encoding)
  params.context = { diagnostics = lsp_line_diagnostics(buf, target.lnum) }
  local actions = request(buf, 'textDocument/codeAction', params) or {}
  out.actions = {}
  local preferred
  for _, action in ipairs(actions) do
    table.insert(out.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred == true })
    if action.isPreferred and action.edit and not preferred then
      preferred = action
    end
  end
  step('actions')

  -- Apply the preferred quick fix as Neovim does, and wait for the server to re-check.
  if preferred then
    out.applied = preferred.title
    vim.lsp.util.apply_workspace_edit(preferred.edit, encoding)
    out.cleared = vim.wait(timeout, function() return not has_code(buf, env.UNRES_ACTION_CODE) end, 20)
    out.after = codes_of(buf)
    out.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
    step('fixed')
  end
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  out.error = tostring(err)
end
local written, write_err = pcall(write_out)
if not written then
  io.stderr:write('could not write ' .. tostring(env.UNRES_OUT) .. ': ' .. tostring(write_err) .. '\n')
end
vim.cmd(ok and written and 'qall!' or 'cquit 1')
